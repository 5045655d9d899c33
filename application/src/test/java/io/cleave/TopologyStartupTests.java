package io.cleave;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Topologies that cannot work are refused at start, with a message that says why. */
class TopologyStartupTests {

    @Test
    void aContextQueryingAContextThatRunsElsewhereNeedsItsUrl() {
        assertThatThrownBy(() -> start("--cleave.topology.local=customer,inventory,payment,ordering,settlement",
                "--spring.kafka.bootstrap-servers=127.0.0.1:9"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ordering queries catalog through io.cleave.catalog.api.ProductCatalog")
                .hasMessageContaining("set cleave.topology.remote.catalog.url");
    }

    @Test
    void aSplitTopologyWithoutABrokerIsRefused() {
        assertThatThrownBy(() -> start("--cleave.topology.local=payment"))
                .rootCause()
                .hasMessageContaining("cleave.topology.local=payment runs part of Cleave")
                .hasMessageContaining("set spring.kafka.bootstrap-servers");
    }

    @Test
    void publishingEventsWithoutABrokerIsRefused() {
        assertThatThrownBy(() -> start("--cleave.kafka.publish-events=ordering"))
                .rootCause()
                .hasMessageContaining("cleave.kafka.publish-events asks for events on Kafka")
                .hasMessageContaining("set spring.kafka.bootstrap-servers");
    }

    private static void start(String... arguments) {
        new SpringApplicationBuilder(CleaveApplication.class).run(append(arguments, "--server.port=0")).close();
    }

    private static String[] append(String[] arguments, String more) {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = more;
        return all;
    }
}

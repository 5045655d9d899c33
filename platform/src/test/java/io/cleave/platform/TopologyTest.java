package io.cleave.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TopologyTest {

    @Test
    void allIsTheDefaultAndHostsEveryContext() {
        Topology topology = new Topology(null);
        assertThat(topology.local()).isEqualTo("all");
        assertThat(topology.localContexts()).containsExactlyElementsOf(Topology.CONTEXTS);
        assertThat(topology.isLocal("catalog")).isTrue();
    }

    @Test
    void aSubsetIsRejectedUntilTheRemoteAdaptersExist() {
        assertThatThrownBy(() -> new Topology("payment"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cleave.topology.local='payment' is not supported")
                .hasMessageContaining("remote");
    }

    @Test
    void unknownContextsAreNamed() {
        assertThatThrownBy(() -> new Topology("catalog, billing"))
                .hasMessageContaining("unknown context(s) [billing]");
    }

    @Test
    void anUnsupportedTopologyStopsTheStartWithThatMessage() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PlatformAutoConfiguration.class))
                .withPropertyValues("cleave.topology.local=payment")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("cleave.topology.local='payment' is not supported"));
    }
}

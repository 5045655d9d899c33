package io.cleave.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PureGatewayTest {

    private static final String DATA_SOURCE = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";
    private static final String WEB_MVC = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration";
    private static final String KAFKA_ADAPTER = "io.cleave.kafka.KafkaAdapterAutoConfiguration";

    @Test
    void aProcessWithoutContextsDropsPersistenceAndBrokerAutoConfigurationOnly() {
        var filter = new PureGateway();
        filter.setEnvironment(new MockEnvironment().withProperty("cleave.topology.local", "none"));

        assertThat(filter.match(new String[] { DATA_SOURCE, WEB_MVC, KAFKA_ADAPTER, null }, null))
                .containsExactly(false, true, false, true);
    }

    @Test
    void aProcessWithContextsKeepsEverything() {
        var filter = new PureGateway();
        filter.setEnvironment(new MockEnvironment().withProperty("cleave.topology.local", "payment"));

        assertThat(filter.match(new String[] { DATA_SOURCE, KAFKA_ADAPTER }, null)).containsExactly(true, true);
    }
}

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
    void aSubsetHostsTheContextsNamedInDependencyOrder() {
        Topology topology = new Topology(" settlement, payment ,ordering");
        assertThat(topology.localContexts()).containsExactly("payment", "ordering", "settlement");
        assertThat(topology.isLocal("catalog")).isFalse();
        assertThat(topology.isSplit()).isTrue();
        assertThat(new Topology("all").isSplit()).isFalse();
        assertThat(new Topology(String.join(",", Topology.CONTEXTS)).isSplit()).isFalse();
    }

    @Test
    void noneHostsNoContextAndIsAPureGateway() {
        Topology none = new Topology("none");
        assertThat(none.localContexts()).isEmpty();
        assertThat(none.isNone()).isTrue();
        assertThat(none.isSplit()).isTrue();
        assertThat(new Topology("payment").isNone()).isFalse();
    }

    @Test
    void unknownContextsAreNamed() {
        assertThatThrownBy(() -> new Topology("catalog, billing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown context(s) [billing]");
    }

    @Test
    void anEmptyListIsRejected() {
        assertThatThrownBy(() -> new Topology(" , ")).hasMessageContaining("names no context");
    }

    @Test
    void aClassBelongsToTheContextOfItsPackage() {
        assertThat(Topology.contextOf("io.cleave.payment.api.ChargePayment")).contains("payment");
        assertThat(Topology.contextOf("io.cleave.ordering.OrderingConfiguration")).contains("ordering");
        assertThat(Topology.contextOf("io.cleave.platform.Topology")).isEmpty();
        assertThat(Topology.contextOf("io.cleave.kafka.KafkaAdapter")).isEmpty();
        assertThat(Topology.contextOf("org.example.payment.Thing")).isEmpty();
        assertThat(Topology.contextOf(null)).isEmpty();
    }

    @Test
    void anUnknownContextStopsTheStartWithThatMessage() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PlatformAutoConfiguration.class))
                .withPropertyValues("cleave.topology.local=billing")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("cleave.topology.local='billing' names unknown context(s) [billing]"));
    }
}

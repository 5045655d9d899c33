package io.cleave.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.BrokerRouting;

import io.cleave.platform.MessageRoutes.Kind;
import io.cleave.platform.MessageRoutes.Route;

/**
 * What goes out is the outgoing routes' types only, each to the topic and with the record key its
 * type declares, as Spring Modulith's broker routing evaluates it, and with its type header.
 */
class KafkaExternalizationTest {

    @Externalized("cleave.payment.Charged::#{reference()}")
    record Charged(UUID messageId, String reference, int cents) {
    }

    @Externalized("cleave.catalog.Registered::#{productId()}")
    record Registered(UUID messageId, String sku, UUID productId) {
    }

    record Undeclared(UUID messageId, String reference) {
    }

    static Route route(Class<?> type, String owner) {
        return new Route(type, owner, Kind.EVENT, Set.of(owner), Set.of("ordering"));
    }

    @Test
    void aMessageGoesToItsDeclaredTopicKeyedByItsDeclaredComponent() {
        EventExternalizationConfiguration outgoing = KafkaExternalizationAutoConfiguration.outgoing(
                List.of(route(Charged.class, "payment"), route(Registered.class, "catalog")));
        var charged = new Charged(UUID.randomUUID(), "order-7", 100);
        UUID product = UUID.randomUUID();
        var registered = new Registered(UUID.randomUUID(), "SKU-1", product);

        assertThat(outgoing.supports(charged)).isTrue();
        assertThat(routing(outgoing, charged).getTarget(charged)).isEqualTo("cleave.payment.Charged");
        assertThat(routing(outgoing, charged).getKey(charged)).isEqualTo("order-7");
        assertThat(routing(outgoing, registered).getKey(registered)).as("not the second component: the declared one")
                .isEqualTo(product.toString());
        assertThat(outgoing.getHeadersFor(charged)).containsEntry(WireMessages.TYPE_HEADER,
                "payment.Charged".getBytes(StandardCharsets.UTF_8));
        assertThat(outgoing.supports(new Undeclared(UUID.randomUUID(), "order-7"))).as("not an outgoing route").isFalse();
    }

    @Test
    void aTypeThatDeclaresNoTopicAndKeyCannotBeRouted() {
        assertThatThrownBy(() -> KafkaExternalizationAutoConfiguration.outgoing(List.of(route(Undeclared.class, "payment"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Undeclared.class.getName()).hasMessageContaining("@Externalized");
    }

    private static BrokerRouting routing(EventExternalizationConfiguration outgoing, Object message) {
        return BrokerRouting.of(outgoing.determineTarget(message), new StandardEvaluationContext());
    }
}

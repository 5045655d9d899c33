package io.cleave.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cleave.kafka.WireMessages.UnreadableMessage;
import io.cleave.platform.MessageIds;
import io.cleave.platform.MessageRoutes.Kind;
import io.cleave.platform.MessageRoutes.Route;
import tools.jackson.databind.json.JsonMapper;

class WireMessagesTest {

    record Charged(UUID messageId, String reference, int cents) {
    }

    static final Route CHARGED = new Route(Charged.class, "payment", Kind.EVENT, Set.of("payment"), Set.of("ordering"));
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aRecordOfTheRouteTypeReadsBack() {
        var sent = new Charged(UUID.randomUUID(), "order-7", 100);
        byte[] payload = json.writeValueAsBytes(sent);

        assertThat(WireMessages.read(json, CHARGED, "payment.Charged", payload)).isEqualTo(sent);
        assertThat(MessageIds.of(sent)).contains(sent.messageId());
    }

    @Test
    void anotherTypeHeaderBadJsonOrNoMessageIdIsUnreadable() {
        byte[] good = json.writeValueAsBytes(new Charged(UUID.randomUUID(), "order-7", 100));
        assertThatThrownBy(() -> WireMessages.read(json, CHARGED, "payment.Refunded", good))
                .isInstanceOf(UnreadableMessage.class).hasMessageContaining("payment.Charged");
        assertThatThrownBy(() -> WireMessages.read(json, CHARGED, null, good)).isInstanceOf(UnreadableMessage.class);
        assertThatThrownBy(() -> WireMessages.read(json, CHARGED, "payment.Charged", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableMessage.class).hasMessageContaining("not a payment.Charged");
        assertThatThrownBy(() -> WireMessages.read(json, CHARGED, "payment.Charged",
                "{\"reference\":\"order-7\",\"cents\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableMessage.class).hasMessageContaining("without messageId");
    }
}

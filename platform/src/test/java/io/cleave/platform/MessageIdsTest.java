package io.cleave.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

    record Charged(UUID messageId, String reference) {
    }

    record IdElsewhere(String reference, UUID messageId) {
    }

    record IdOfAnotherType(String messageId) {
    }

    @Test
    void aMessageIsARecordWithAUuidMessageIdFirst() {
        UUID id = UUID.randomUUID();
        assertThat(MessageIds.of(new Charged(id, "order-1"))).contains(id);
        assertThat(MessageIds.of(new Charged(null, "order-1"))).isEmpty();
    }

    @Test
    void anythingElseHasNoMessageId() {
        assertThat(MessageIds.of(new IdElsewhere("order-1", UUID.randomUUID()))).isEmpty();
        assertThat(MessageIds.of(new IdOfAnotherType("x"))).isEmpty();
        assertThat(MessageIds.of("a string")).isEmpty();
        assertThat(MessageIds.of(null)).isEmpty();
    }
}

package io.cleave.kafka;

import io.cleave.platform.MessageIds;
import io.cleave.platform.MessageRoutes.Route;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a command or event looks on Kafka: the topic and record key its type declares
 * ({@code @Externalized}), the type's wire name in the {@value #TYPE_HEADER} header and the record
 * as JSON, its {@code messageId} first.
 */
final class WireMessages {

    static final String TYPE_HEADER = "cleave-type";

    private WireMessages() {
    }

    /**
     * Reads a record of the route's type.
     *
     * @throws UnreadableMessage when the type header names another type or the JSON does not make one
     */
    static Object read(JsonMapper json, Route route, String typeHeader, byte[] payload) {
        if (!route.typeName().equals(typeHeader)) {
            throw new UnreadableMessage("expected type header %s=%s, found %s".formatted(TYPE_HEADER, route.typeName(), typeHeader));
        }
        Object message;
        try {
            message = json.readValue(payload, route.type());
        } catch (JacksonException e) {
            throw new UnreadableMessage("not a " + route.typeName() + ": " + e.getOriginalMessage(), e);
        }
        if (message == null || MessageIds.of(message).isEmpty()) {
            throw new UnreadableMessage("a " + route.typeName() + " without messageId");
        }
        return message;
    }

    /** A record that can never be processed, however often it is retried: it goes to the dead-letter topic. */
    static final class UnreadableMessage extends RuntimeException {

        UnreadableMessage(String message) {
            super(message);
        }

        UnreadableMessage(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

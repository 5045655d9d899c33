package io.cleave.platform;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.UUID;

import org.springframework.util.ReflectionUtils;

/**
 * The id a context's command or event carries first: a record whose first component is
 * {@code UUID messageId}, as architecture rule 5 has every {@code api} message. It is what the Kafka
 * inbox remembers and what the trace of a message across the outbox is kept under.
 */
public final class MessageIds {

    /** Per type, the accessor of its messageId, made accessible (a message may be a record of a package-private class). */
    private static final ClassValue<Method> MESSAGE_ID = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            if (!type.isRecord() || type.getRecordComponents().length == 0) {
                return null;
            }
            RecordComponent first = type.getRecordComponents()[0];
            if (!first.getName().equals("messageId") || first.getType() != UUID.class) {
                return null;
            }
            Method accessor = first.getAccessor();
            ReflectionUtils.makeAccessible(accessor);
            return accessor;
        }
    };

    private MessageIds() {
    }

    /** The message's id; empty for anything that is not a message, or a message without one. */
    public static Optional<UUID> of(Object message) {
        Method id = message == null ? null : MESSAGE_ID.get(message.getClass());
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((UUID) id.invoke(message));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the messageId of " + message.getClass().getName(), e);
        }
    }
}

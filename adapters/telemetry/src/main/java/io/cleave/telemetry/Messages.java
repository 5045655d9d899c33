package io.cleave.telemetry;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;

/**
 * Tells the commands and events of the contexts' {@code api}s (records annotated
 * {@code @Externalized}, their {@code messageId} first) from anything else published in a process.
 */
final class Messages {

    private static final ClassValue<RecordComponent> MESSAGE_ID = new ClassValue<>() {
        @Override
        protected RecordComponent computeValue(Class<?> type) {
            if (!type.isRecord() || !type.isAnnotationPresent(Externalized.class) || type.getRecordComponents().length == 0) {
                return null;
            }
            RecordComponent first = type.getRecordComponents()[0];
            return first.getName().equals("messageId") && first.getType() == UUID.class ? first : null;
        }
    };

    private Messages() {
    }

    /** The message's id; empty for anything that is not a message. */
    static Optional<UUID> idOf(Object event) {
        RecordComponent id = event == null ? null : MESSAGE_ID.get(event.getClass());
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((UUID) id.getAccessor().invoke(event));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the messageId of " + event.getClass().getName(), e);
        }
    }

    /** The message's type as its contract names it, such as {@code ChargePayment}. */
    static String typeOf(Object event) {
        return event == null ? "none" : event.getClass().getSimpleName();
    }
}

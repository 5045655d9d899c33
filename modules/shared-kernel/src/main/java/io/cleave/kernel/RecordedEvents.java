package io.cleave.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an aggregate records as its state changes, kept until the application has published it: the
 * aggregate decides what happened, the application says it in its context's api once the aggregate
 * is stored, in the same transaction. Each aggregate holds one, for its own sealed event type; an
 * aggregate read back from storage holds none.
 */
public final class RecordedEvents<E> {

    private final List<E> events = new ArrayList<>();

    public void record(E event) {
        events.add(Objects.requireNonNull(event, "event must not be null"));
    }

    /** What was recorded, oldest first. */
    public List<E> list() {
        return List.copyOf(events);
    }

    /** Published: forget it. */
    public void clear() {
        events.clear();
    }
}

package io.cleave.inventory.domain;

import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.cleave.kernel.RecordedEvents;

/**
 * What inventory did for one reference. There is at most one per reference, so every command for
 * a reference is handled once however often it is delivered, and a release that overtakes its
 * reservation is remembered.
 */
@AggregateRoot
public class Reservation {

    @Identity
    private final String reference;
    private List<ReservationLine> lines;
    private ReservationStatus status;
    private final long version;
    private final RecordedEvents<ReservationEvent> events = new RecordedEvents<>();

    private Reservation(String reference, List<ReservationLine> lines, ReservationStatus status, long version) {
        this.reference = Objects.requireNonNull(reference, "reference must not be null");
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status, "status must not be null");
        this.version = version;
    }

    public static Reservation held(String reference, List<ReservationLine> lines) {
        Reservation reservation = new Reservation(reference, lines, ReservationStatus.HELD, 0);
        reservation.events.record(new ReservationEvent.Held(reference));
        return reservation;
    }

    /** @param shortSkus those of the lines that could not be held */
    public static Reservation rejected(String reference, List<ReservationLine> lines, List<String> shortSkus) {
        Reservation reservation = new Reservation(reference, lines, ReservationStatus.REJECTED, 0);
        reservation.events.record(new ReservationEvent.Rejected(reference, shortSkus));
        return reservation;
    }

    /** A release that came before any reservation: nothing is held, and nothing will be. */
    public static Reservation releasedBeforeHeld(String reference) {
        return new Reservation(reference, List.of(), ReservationStatus.RELEASED, 0);
    }

    public static Reservation restore(String reference, List<ReservationLine> lines, ReservationStatus status, long version) {
        return new Reservation(reference, lines, status, version);
    }

    /**
     * The reservation arrives after its release: it is refused, and remembered as refused.
     *
     * @return whether this reservation was waiting, released, for exactly that
     */
    public boolean refuseLateArrival(List<ReservationLine> requested) {
        if (status != ReservationStatus.RELEASED || !lines.isEmpty()) {
            return false;
        }
        lines = List.copyOf(requested);
        status = ReservationStatus.REJECTED;
        events.record(new ReservationEvent.Rejected(reference, List.of()));
        return true;
    }

    /** @return whether stock was held until now and must be given back */
    public boolean release() {
        if (status != ReservationStatus.HELD) {
            return false;
        }
        status = ReservationStatus.RELEASED;
        events.record(new ReservationEvent.Released(reference));
        return true;
    }

    /** @return whether stock was held until now and must leave the warehouse */
    public boolean commit() {
        if (status != ReservationStatus.HELD) {
            return false;
        }
        status = ReservationStatus.COMMITTED;
        return true;
    }

    /** What happened to it since it was made or read, oldest first. */
    public List<ReservationEvent> domainEvents() {
        return events.list();
    }

    /** The recorded events are published: forget them. */
    public void clearDomainEvents() {
        events.clear();
    }

    public String reference() {
        return reference;
    }

    public List<ReservationLine> lines() {
        return lines;
    }

    public ReservationStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}

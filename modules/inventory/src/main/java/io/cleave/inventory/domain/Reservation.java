package io.cleave.inventory.domain;

import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

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

    private Reservation(String reference, List<ReservationLine> lines, ReservationStatus status, long version) {
        this.reference = Objects.requireNonNull(reference, "reference must not be null");
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status, "status must not be null");
        this.version = version;
    }

    public static Reservation held(String reference, List<ReservationLine> lines) {
        return new Reservation(reference, lines, ReservationStatus.HELD, 0);
    }

    public static Reservation rejected(String reference, List<ReservationLine> lines) {
        return new Reservation(reference, lines, ReservationStatus.REJECTED, 0);
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
        return true;
    }

    /** @return whether stock was held until now and must be given back */
    public boolean release() {
        if (status != ReservationStatus.HELD) {
            return false;
        }
        status = ReservationStatus.RELEASED;
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

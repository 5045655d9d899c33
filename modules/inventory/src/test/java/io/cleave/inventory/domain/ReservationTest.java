package io.cleave.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cleave.kernel.Quantity;

class ReservationTest {

    private final List<ReservationLine> lines = List.of(new ReservationLine("MUG", Quantity.of(2)));

    @Test
    void aHeldReservationIsReleasedOrCommittedOnce() {
        Reservation released = Reservation.held("r-1", lines);
        assertThat(released.release()).isTrue();
        assertThat(released.release()).isFalse();
        assertThat(released.commit()).isFalse();

        Reservation committed = Reservation.held("r-2", lines);
        assertThat(committed.commit()).isTrue();
        assertThat(committed.release()).isFalse();
        assertThat(committed.status()).isEqualTo(ReservationStatus.COMMITTED);
    }

    @Test
    void aRejectedOrEarlyReleasedReservationHoldsNothingToGiveBack() {
        assertThat(Reservation.rejected("r-3", lines, List.of("MUG")).release()).isFalse();
        Reservation early = Reservation.releasedBeforeHeld("r-4");
        assertThat(early.lines()).isEmpty();
        assertThat(early.release()).isFalse();
        assertThat(early.commit()).isFalse();
    }

    @Test
    void aReservationArrivingAfterItsReleaseIsRefusedOnce() {
        Reservation early = Reservation.releasedBeforeHeld("r-5");

        assertThat(early.refuseLateArrival(lines)).isTrue();
        assertThat(early.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(early.refuseLateArrival(lines)).isFalse();
        assertThat(Reservation.held("r-6", lines).refuseLateArrival(lines)).isFalse();
    }

    @Test
    void aReservationRecordsWhatHappenedToItOnce() {
        Reservation held = Reservation.held("r-7", lines);
        held.release();
        held.release();
        assertThat(held.domainEvents()).containsExactly(new ReservationEvent.Held("r-7"), new ReservationEvent.Released("r-7"));

        assertThat(Reservation.rejected("r-8", lines, List.of("MUG")).domainEvents())
                .containsExactly(new ReservationEvent.Rejected("r-8", List.of("MUG")));
        Reservation overtaken = Reservation.releasedBeforeHeld("r-9");
        assertThat(overtaken.domainEvents()).as("nothing was held, so nothing to say").isEmpty();
        overtaken.refuseLateArrival(lines);
        assertThat(overtaken.domainEvents()).containsExactly(new ReservationEvent.Rejected("r-9", List.of()));
    }
}

package io.cleave.inventory.adapter.out.persistence;

import java.util.Optional;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import io.cleave.inventory.domain.Reservation;
import io.cleave.inventory.domain.Reservations;

@Component
class JdbcReservations implements Reservations {

    private final ReservationRows rows;
    private final JdbcAggregateTemplate aggregates;

    JdbcReservations(ReservationRows rows, JdbcAggregateTemplate aggregates) {
        this.rows = rows;
        this.aggregates = aggregates;
    }

    @Override
    public Optional<Reservation> lock(String reference) {
        return rows.findByReference(reference).map(ReservationRow::toReservation);
    }

    @Override
    public void add(Reservation reservation) {
        // insert, not save: the reference is the id, so save would try an UPDATE
        aggregates.insert(ReservationRow.of(reservation).withoutVersion());
    }

    @Override
    public void update(Reservation reservation) {
        aggregates.update(ReservationRow.of(reservation));
    }
}

package io.cleave.inventory.adapter.out.persistence;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.cleave.inventory.domain.Reservation;
import io.cleave.inventory.domain.ReservationLine;
import io.cleave.inventory.domain.ReservationStatus;
import io.cleave.kernel.Quantity;

/** One row of {@code inventory.reservation} with its lines; the domain never sees it. */
@Table(schema = "inventory", name = "reservation")
record ReservationRow(@Id String reference, String status,
        @MappedCollection(idColumn = "reference", keyColumn = "line_no") List<ReservationLineRow> lines,
        @Version Long version) {

    static ReservationRow of(Reservation reservation) {
        return new ReservationRow(reservation.reference(), reservation.status().name(),
                reservation.lines().stream().map(line -> new ReservationLineRow(line.sku(), line.quantity().value())).toList(),
                reservation.version());
    }

    /** A row not yet stored: Spring Data JDBC assigns its first version on insert. */
    ReservationRow withoutVersion() {
        return new ReservationRow(reference, status, lines, null);
    }

    Reservation toReservation() {
        return Reservation.restore(reference,
                lines.stream().map(line -> new ReservationLine(line.sku(), Quantity.of(line.quantity()))).toList(),
                ReservationStatus.valueOf(status), version);
    }
}

package io.cleave.inventory.application;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.inventory.api.CommitStock;
import io.cleave.inventory.api.ReleaseStock;
import io.cleave.inventory.api.ReserveStock;
import io.cleave.inventory.application.port.in.HandleStockCommands;
import io.cleave.inventory.domain.Reservation;
import io.cleave.inventory.domain.ReservationLine;
import io.cleave.inventory.domain.Reservations;
import io.cleave.inventory.domain.StockItem;
import io.cleave.inventory.domain.StockItems;
import io.cleave.kernel.Quantity;

@Service
class HandleStockCommandsService implements HandleStockCommands {

    private final StockItems stock;
    private final Reservations reservations;
    private final ReservationEventPublisher events;

    HandleStockCommandsService(StockItems stock, Reservations reservations, ReservationEventPublisher events) {
        this.stock = stock;
        this.reservations = reservations;
        this.events = events;
    }

    /** All or nothing: either every line is held, or nothing is and the short SKUs are named. */
    @Override
    @Transactional
    public void reserve(ReserveStock command) {
        List<ReservationLine> lines = command.lines().stream()
                .map(line -> new ReservationLine(line.sku(), Quantity.of(line.quantity())))
                .toList();
        var existing = reservations.lock(command.reference());
        if (existing.isPresent()) {
            Reservation reservation = existing.get();
            // Handled before (a redelivery): nothing to do, unless this reservation was released before it came.
            if (reservation.refuseLateArrival(lines)) {
                reservations.update(reservation);
                events.publishRecorded(reservation); // StockReservationRejected
            }
            return;
        }
        Map<String, StockItem> items = stock.lockAll(lines.stream().map(ReservationLine::sku).toList()).stream()
                .collect(Collectors.toMap(StockItem::sku, Function.identity()));
        List<String> shortSkus = lines.stream()
                .filter(line -> !items.containsKey(line.sku()) || !items.get(line.sku()).canReserve(line.quantity()))
                .map(ReservationLine::sku)
                .toList();
        if (!shortSkus.isEmpty()) {
            Reservation rejected = Reservation.rejected(command.reference(), lines, shortSkus);
            reservations.add(rejected);
            events.publishRecorded(rejected); // StockReservationRejected
            return;
        }
        for (ReservationLine line : lines) {
            StockItem item = items.get(line.sku());
            item.reserve(line.quantity());
            stock.update(item);
        }
        Reservation held = Reservation.held(command.reference(), lines);
        reservations.add(held);
        events.publishRecorded(held); // StockReserved
    }

    @Override
    @Transactional
    public void release(ReleaseStock command) {
        var existing = reservations.lock(command.reference());
        if (existing.isEmpty()) {
            // The release overtook its reservation: remember it, so the reservation is refused when it comes.
            reservations.add(Reservation.releasedBeforeHeld(command.reference()));
            return;
        }
        Reservation reservation = existing.get();
        if (reservation.release()) {
            apply(reservation, StockItem::release);
            reservations.update(reservation);
            events.publishRecorded(reservation); // StockReleased
        }
    }

    @Override
    @Transactional
    public void commit(CommitStock command) {
        // A reference that holds nothing (never reserved, rejected or released) has nothing to ship.
        reservations.lock(command.reference()).filter(Reservation::commit).ifPresent(reservation -> {
            apply(reservation, StockItem::commit);
            reservations.update(reservation);
        });
    }

    private void apply(Reservation reservation, BiConsumer<StockItem, Quantity> change) {
        Map<String, ReservationLine> lines = reservation.lines().stream()
                .collect(Collectors.toMap(ReservationLine::sku, Function.identity()));
        for (StockItem item : stock.lockAll(lines.keySet())) {
            change.accept(item, lines.get(item.sku()).quantity());
            stock.update(item);
        }
    }
}

package io.cleave.inventory.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.inventory.api.CommitStock;
import io.cleave.inventory.api.ReleaseStock;
import io.cleave.inventory.api.ReserveStock;
import io.cleave.inventory.api.StockReleased;
import io.cleave.inventory.api.StockReservationRejected;
import io.cleave.inventory.api.StockReserved;
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
    private final ApplicationEventPublisher events;

    HandleStockCommandsService(StockItems stock, Reservations reservations, ApplicationEventPublisher events) {
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
                events.publishEvent(new StockReservationRejected(UUID.randomUUID(), command.reference(), List.of()));
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
            reservations.add(Reservation.rejected(command.reference(), lines));
            events.publishEvent(new StockReservationRejected(UUID.randomUUID(), command.reference(), shortSkus));
            return;
        }
        for (ReservationLine line : lines) {
            StockItem item = items.get(line.sku());
            item.reserve(line.quantity());
            stock.update(item);
        }
        reservations.add(Reservation.held(command.reference(), lines));
        events.publishEvent(new StockReserved(UUID.randomUUID(), command.reference()));
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
            events.publishEvent(new StockReleased(UUID.randomUUID(), command.reference()));
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

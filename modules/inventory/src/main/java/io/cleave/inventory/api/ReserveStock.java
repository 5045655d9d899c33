package io.cleave.inventory.api;

import java.util.List;
import java.util.UUID;

import org.jmolecules.architecture.cqrs.annotation.Command;
import org.jmolecules.event.annotation.Externalized;

/** Hold these quantities for {@code reference}, all or nothing. Answered by StockReserved or StockReservationRejected. */
@Command
@Externalized("cleave.inventory.ReserveStock::#{reference()}")
public record ReserveStock(UUID messageId, String reference, List<Line> lines) {

    public record Line(String sku, int quantity) {
    }
}

package io.cleave.inventory.api;

import java.util.UUID;

import org.jmolecules.architecture.cqrs.annotation.Command;
import org.jmolecules.event.annotation.Externalized;

/**
 * Give back what is held for {@code reference}. Arriving before the reservation, it makes sure the
 * reservation, when it comes, is refused. Answered by StockReleased when something was held.
 */
@Command
@Externalized("cleave.inventory.ReleaseStock::#{reference()}")
public record ReleaseStock(UUID messageId, String reference) {
}

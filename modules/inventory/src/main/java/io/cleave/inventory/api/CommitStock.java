package io.cleave.inventory.api;

import java.util.UUID;

import org.jmolecules.architecture.cqrs.annotation.Command;
import org.jmolecules.event.annotation.Externalized;

/** What is held for {@code reference} leaves the warehouse: on hand and reserved both go down. */
@Command
@Externalized("cleave.inventory.CommitStock::#{reference()}")
public record CommitStock(UUID messageId, String reference) {
}

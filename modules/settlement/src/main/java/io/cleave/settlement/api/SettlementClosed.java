package io.cleave.settlement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

import io.cleave.kernel.Money;

/** A business day's settlement in one currency is final: these are the figures paid out. */
@Externalized("cleave.settlement.SettlementClosed::#{businessDate()}")
public record SettlementClosed(UUID messageId, LocalDate businessDate, Money gross, Money refunds, Money fees,
        Money net, Instant closedAt) implements DomainEvent {
}

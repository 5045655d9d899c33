package io.cleave.settlement.domain;

import org.jmolecules.event.types.DomainEvent;

/**
 * What happened to a day's settlement, as the settlement records it ({@link Settlement#domainEvents()});
 * the application publishes it as settlement's api event once the settlement is stored.
 */
public sealed interface SettlementEvent extends DomainEvent {

    SettlementId settlement();

    /** The day is closed: its figures are final. */
    record Closed(SettlementId settlement) implements SettlementEvent {
    }
}

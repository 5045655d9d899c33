package io.cleave.settlement.application;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.cleave.settlement.api.SettlementClosed;
import io.cleave.settlement.domain.Settlement;
import io.cleave.settlement.domain.SettlementEvent;

/**
 * Publishes what a settlement recorded as settlement's api events, once the settlement is stored and
 * in the same transaction (so they leave through the outbox with it), then clears them.
 */
@Component
class SettlementEventPublisher {

    private final ApplicationEventPublisher events;
    private final SettlementPolicy policy;

    SettlementEventPublisher(ApplicationEventPublisher events, SettlementPolicy policy) {
        this.events = events;
        this.policy = policy;
    }

    /** Call after storing the settlement. */
    void publishRecorded(Settlement settlement) {
        settlement.domainEvents().forEach(event -> events.publishEvent(toApi(event, settlement)));
        settlement.clearDomainEvents();
    }

    private Object toApi(SettlementEvent event, Settlement settlement) {
        if (event instanceof SettlementEvent.Closed) {
            SettlementStatement statement = SettlementStatement.of(settlement, policy);
            return new SettlementClosed(UUID.randomUUID(), settlement.businessDate(), statement.gross(),
                    statement.refunds(), statement.fees(), statement.net(), settlement.closedAt().orElseThrow());
        }
        throw new IllegalStateException("No api event for " + event);
    }
}

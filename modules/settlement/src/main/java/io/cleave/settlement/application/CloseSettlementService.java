package io.cleave.settlement.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.settlement.application.port.in.CloseSettlement;
import io.cleave.settlement.domain.Settlement;
import io.cleave.settlement.domain.Settlements;

@Service
class CloseSettlementService implements CloseSettlement {

    private final Settlements settlements;
    private final SettlementPolicy policy;
    private final SettlementEventPublisher events;
    private final Clock clock;

    CloseSettlementService(Settlements settlements, SettlementPolicy policy, SettlementEventPublisher events,
            Clock clock) {
        this.settlements = settlements;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SettlementStatement close(LocalDate date, Currency currency) {
        if (date.isAfter(policy.businessDateOf(clock.instant()))) {
            throw new DayNotOverException(date);
        }
        Settlement settlement = settlements.lockOrOpen(date, policy.currencyOrDefault(currency));
        if (settlement.close(clock.instant())) {
            settlements.update(settlement);
            events.publishRecorded(settlement); // SettlementClosed
        }
        return SettlementStatement.of(settlement, policy);
    }
}

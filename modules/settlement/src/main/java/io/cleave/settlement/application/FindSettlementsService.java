package io.cleave.settlement.application;

import java.time.LocalDate;
import java.util.Currency;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.settlement.application.port.in.FindSettlements;
import io.cleave.settlement.domain.Settlement;
import io.cleave.settlement.domain.SettlementId;
import io.cleave.settlement.domain.Settlements;

@Service
@Transactional(readOnly = true)
class FindSettlementsService implements FindSettlements {

    private final Settlements settlements;
    private final SettlementPolicy policy;

    FindSettlementsService(Settlements settlements, SettlementPolicy policy) {
        this.settlements = settlements;
        this.policy = policy;
    }

    @Override
    public SettlementStatement of(LocalDate date, Currency currency) {
        Currency chosen = policy.currencyOrDefault(currency);
        Settlement settlement = settlements.of(date, chosen)
                .orElseGet(() -> Settlement.open(SettlementId.random(), date, chosen));
        return SettlementStatement.of(settlement, policy);
    }
}

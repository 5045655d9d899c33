package io.cleave.settlement.application;

import java.time.LocalDate;

import io.cleave.kernel.Money;
import io.cleave.settlement.domain.Settlement;
import io.cleave.settlement.domain.SettlementStatus;

/** A day's figures as they stand: gross and refunds as booked, fees and net computed from them. */
public record SettlementStatement(LocalDate date, Money gross, Money refunds, Money fees, Money net,
        SettlementStatus status) {

    static SettlementStatement of(Settlement settlement, SettlementPolicy policy) {
        return new SettlementStatement(settlement.businessDate(), settlement.gross(), settlement.refunds(),
                settlement.fees(policy.fees()), settlement.net(policy.fees()), settlement.status());
    }
}

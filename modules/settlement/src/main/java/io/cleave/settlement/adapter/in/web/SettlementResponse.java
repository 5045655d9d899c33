package io.cleave.settlement.adapter.in.web;

import java.time.LocalDate;

import io.cleave.kernel.Money;
import io.cleave.settlement.application.SettlementStatement;
import io.cleave.settlement.domain.SettlementStatus;

record SettlementResponse(LocalDate date, Money gross, Money refunds, Money fees, Money net, SettlementStatus status) {

    static SettlementResponse of(SettlementStatement statement) {
        return new SettlementResponse(statement.date(), statement.gross(), statement.refunds(), statement.fees(),
                statement.net(), statement.status());
    }
}

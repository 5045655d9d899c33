package io.cleave.settlement.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.cleave.kernel.Money;
import io.cleave.settlement.domain.Settlement;
import io.cleave.settlement.domain.SettlementId;
import io.cleave.settlement.domain.SettlementStatus;

/** One row of {@code settlement.settlement}; the domain never sees it. */
@Table(schema = "settlement", name = "settlement")
record SettlementRow(@Id UUID id, LocalDate businessDate, String currency, BigDecimal gross, BigDecimal refunds,
        String status, Instant closedAt, @Version Long version) {

    static SettlementRow of(Settlement settlement) {
        return new SettlementRow(settlement.id().value(), settlement.businessDate(),
                settlement.currency().getCurrencyCode(), settlement.gross().amount(), settlement.refunds().amount(),
                settlement.status().name(), settlement.closedAt().orElse(null), settlement.version());
    }

    Settlement toSettlement() {
        var inCurrency = Money.currencyOf(currency);
        return Settlement.restore(new SettlementId(id), businessDate, inCurrency, new Money(gross, inCurrency),
                new Money(refunds, inCurrency), SettlementStatus.valueOf(status), closedAt, version);
    }
}

package io.cleave.settlement.adapter.out.persistence;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cleave.kernel.Money;
import io.cleave.settlement.domain.EntryKind;
import io.cleave.settlement.domain.Settlement;
import io.cleave.settlement.domain.Settlements;

@Component
class JdbcSettlements implements Settlements {

    private final SettlementRows rows;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient sql;

    JdbcSettlements(SettlementRows rows, JdbcAggregateTemplate aggregates, JdbcClient sql) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.sql = sql;
    }

    @Override
    public Optional<Settlement> of(LocalDate businessDate, Currency currency) {
        return rows.findByBusinessDateAndCurrency(businessDate, currency.getCurrencyCode())
                .map(SettlementRow::toSettlement);
    }

    /** Creates the day's row if it is missing (concurrent creators do not collide), then locks it. */
    @Override
    public Settlement lockOrOpen(LocalDate businessDate, Currency currency) {
        sql.sql("""
                insert into settlement.settlement (id, business_date, currency, gross, refunds, status, version)
                values (:id, :date, :currency, 0, 0, 'OPEN', 0)
                on conflict (business_date, currency) do nothing""")
                .param("id", UUID.randomUUID())
                .param("date", businessDate)
                .param("currency", currency.getCurrencyCode())
                .update();
        return rows.findLockedByBusinessDateAndCurrency(businessDate, currency.getCurrencyCode())
                .map(SettlementRow::toSettlement)
                .orElseThrow();
    }

    @Override
    public void update(Settlement settlement) {
        aggregates.update(SettlementRow.of(settlement));
    }

    @Override
    public boolean isBooked(UUID paymentId, EntryKind kind) {
        return sql.sql("select count(*) from settlement.entry where payment_id = :payment and kind = :kind")
                .param("payment", paymentId)
                .param("kind", kind.name())
                .query(Long.class)
                .single() > 0;
    }

    @Override
    public void book(UUID paymentId, EntryKind kind, Settlement settlement, Money amount) {
        sql.sql("""
                insert into settlement.entry (payment_id, kind, settlement_id, amount)
                values (:payment, :kind, :settlement, :amount)""")
                .param("payment", paymentId)
                .param("kind", kind.name())
                .param("settlement", settlement.id().value())
                .param("amount", amount.amount())
                .update();
    }
}

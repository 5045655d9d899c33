package io.cleave.payment.adapter.out.persistence;

import java.util.Optional;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cleave.payment.domain.Payment;
import io.cleave.payment.domain.Payments;

@Component
class JdbcPayments implements Payments {

    private final PaymentRows rows;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient sql;

    JdbcPayments(PaymentRows rows, JdbcAggregateTemplate aggregates, JdbcClient sql) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.sql = sql;
    }

    /** A PostgreSQL transaction-scoped advisory lock on the reference: held until commit or rollback. */
    @Override
    public void lockReference(String reference) {
        sql.sql("select pg_advisory_xact_lock(hashtextextended(:reference, 0))")
                .param("reference", "payment:" + reference)
                .query((rs, row) -> 1)
                .single();
    }

    @Override
    public Optional<Payment> byReference(String reference) {
        return rows.findByReference(reference).map(PaymentRow::toPayment);
    }

    @Override
    public void add(Payment payment) {
        // insert, not save: the id is assigned by the domain, so save would try an UPDATE
        aggregates.insert(PaymentRow.of(payment).withoutVersion());
    }

    @Override
    public void update(Payment payment) {
        aggregates.update(PaymentRow.of(payment));
    }
}

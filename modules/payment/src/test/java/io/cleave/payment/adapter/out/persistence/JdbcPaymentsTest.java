package io.cleave.payment.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.cleave.kernel.Money;
import io.cleave.payment.domain.Payment;
import io.cleave.payment.domain.PaymentId;
import io.cleave.payment.domain.PaymentStatus;

/**
 * The hand-written SQL of payment's persistence adapter, on its own schema in a real PostgreSQL:
 * the lock on a reference that keeps two deliveries of one charge apart before any payment row
 * exists, held until the transaction ends and only for that reference.
 */
@DataJdbcTest(properties = { "spring.flyway.locations=classpath:db/migration/payment", "spring.flyway.schemas=payment",
        "spring.flyway.table=flyway_schema_history_payment" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(JdbcPayments.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED) // each transaction of its own, as two deliveries are
class JdbcPaymentsTest {

    @Autowired JdbcPayments payments;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aReferenceLockedByOneTransactionWaitsForItAndAnotherReferenceDoesNot() throws Exception {
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var firstDelivery = CompletableFuture.runAsync(() -> inTransaction(() -> {
            payments.lockReference("order-1");
            locked.countDown();
            await(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        var secondDelivery = CompletableFuture.runAsync(() -> inTransaction(() -> payments.lockReference("order-1")));
        inTransaction(() -> payments.lockReference("order-2")); // returns at once

        assertThat(secondDelivery).as("waits while the first holds the reference")
                .failsWithin(500, TimeUnit.MILLISECONDS);
        release.countDown();
        firstDelivery.get(10, TimeUnit.SECONDS);
        secondDelivery.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aPaymentReadsBackByItsReference() {
        Instant at = Instant.parse("2026-12-03T10:00:00Z").truncatedTo(ChronoUnit.MICROS);
        Payment captured = Payment.captured(PaymentId.random(), "order-3", Money.of("12.50", "EUR"), at);
        inTransaction(() -> payments.add(captured));

        Payment read = payments.byReference("order-3").orElseThrow();
        assertThat(read.id()).isEqualTo(captured.id());
        assertThat(read.amount()).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(read.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(read.chargedAt()).isEqualTo(at);
        assertThat(payments.byReference("order-4")).isEmpty();
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> work.run());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

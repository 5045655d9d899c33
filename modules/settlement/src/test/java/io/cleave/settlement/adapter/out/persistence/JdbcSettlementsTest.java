package io.cleave.settlement.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
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
import io.cleave.settlement.domain.EntryKind;
import io.cleave.settlement.domain.Settlement;

/**
 * The hand-written SQL of settlement's persistence adapter, on its own schema in a real
 * PostgreSQL: a day's settlement is opened once however many bookings ask for it, and is locked
 * against concurrent change until the transaction ends; each payment's entry is booked once.
 */
@DataJdbcTest(properties = { "spring.flyway.locations=classpath:db/migration/settlement",
        "spring.flyway.schemas=settlement", "spring.flyway.table=flyway_schema_history_settlement" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(JdbcSettlements.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED) // each transaction of its own, as two bookings are
class JdbcSettlementsTest {

    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired JdbcSettlements settlements;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aDayIsOpenedOnceAndHeldByOneBookingAtATime() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 1);
        Settlement opened = inTransaction(() -> settlements.lockOrOpen(day, EUR));
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var firstBooking = CompletableFuture.runAsync(() -> inTransaction(() -> {
            settlements.lockOrOpen(day, EUR);
            locked.countDown();
            await(release);
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        var secondBooking = CompletableFuture.supplyAsync(() -> inTransaction(() -> settlements.lockOrOpen(day, EUR)));
        assertThat(secondBooking).as("waits while the first holds the day").failsWithin(500, TimeUnit.MILLISECONDS);
        release.countDown();
        firstBooking.get(10, TimeUnit.SECONDS);

        assertThat(secondBooking.get(10, TimeUnit.SECONDS).id()).as("the same day, not a second one").isEqualTo(opened.id());
        assertThat(inTransaction(() -> settlements.lockOrOpen(LocalDate.of(2026, 12, 2), EUR)).id())
                .isNotEqualTo(opened.id());
    }

    @Test
    void aPaymentsEntryIsBookedOnceOfEachKind() {
        Settlement day = inTransaction(() -> settlements.lockOrOpen(LocalDate.of(2026, 11, 30), EUR));
        UUID payment = UUID.randomUUID();
        assertThat(settlements.isBooked(payment, EntryKind.CAPTURE)).isFalse();

        inTransaction(() -> {
            settlements.book(payment, EntryKind.CAPTURE, day, Money.of("10.00", "EUR"));
            return null;
        });

        assertThat(settlements.isBooked(payment, EntryKind.CAPTURE)).isTrue();
        assertThat(settlements.isBooked(payment, EntryKind.REFUND)).isFalse();
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(tx -> work.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.cleave.ordering.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import io.cleave.kernel.PageRequest;
import io.cleave.kernel.Quantity;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;
import io.cleave.ordering.domain.OrderLine;

/**
 * The hand-written SQL of ordering's persistence adapter, on its own schema in a real PostgreSQL
 * and nothing else of the application: pages of a customer's orders with their lines and total
 * count, and the overdue orders the saga's deadline check takes, oldest deadline first, skipping
 * those another instance holds.
 */
@DataJdbcTest(properties = { "spring.flyway.locations=classpath:db/migration/ordering", "spring.flyway.schemas=ordering",
        "spring.flyway.table=flyway_schema_history_ordering" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(JdbcOrders.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED) // each call commits, as the saga's do, so other transactions see it
class JdbcOrdersTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Autowired JdbcOrders orders;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aCustomersOrdersComeNewestFirstByPagesWithTheirLinesAndTheirCount() {
        CustomerRef customer = new CustomerRef(UUID.randomUUID());
        Order oldest = place(customer, NOW.minusSeconds(30), NOW.plusSeconds(60));
        Order middle = place(customer, NOW.minusSeconds(20), NOW.plusSeconds(60));
        Order newest = place(customer, NOW.minusSeconds(10), NOW.plusSeconds(60));
        place(new CustomerRef(UUID.randomUUID()), NOW, NOW.plusSeconds(60)); // someone else's

        var first = orders.ofCustomer(customer, new PageRequest(0, 2));
        var second = orders.ofCustomer(customer, new PageRequest(1, 2));

        assertThat(first.content()).extracting(Order::id).containsExactly(newest.id(), middle.id());
        assertThat(second.content()).extracting(Order::id).containsExactly(oldest.id());
        assertThat(first.totalElements()).isEqualTo(3);
        assertThat(first.content().get(0).lines()).hasSize(2);
        assertThat(first.content().get(0).total()).isEqualTo(Money.of("24.80", "EUR"));
    }

    @Test
    void theOverdueOrdersAreTheOpenOnesPastTheirDeadlineOldestFirst() {
        Order later = place(new CustomerRef(UUID.randomUUID()), NOW, NOW.minusSeconds(10));
        Order earlier = place(new CustomerRef(UUID.randomUUID()), NOW, NOW.minusSeconds(20));
        place(new CustomerRef(UUID.randomUUID()), NOW, NOW.plusSeconds(60)); // not yet due
        Order cancelled = place(new CustomerRef(UUID.randomUUID()), NOW, NOW.minusSeconds(30));
        cancelled.cancel(CancellationReason.CUSTOMER_CANCELLED);
        orders.update(cancelled);

        assertThat(overdueIds(10)).containsSubsequence(earlier.id(), later.id()).doesNotContain(cancelled.id());
        assertThat(overdueIds(1)).hasSize(1);
    }

    @Test
    void anOverdueOrderAnotherTransactionHoldsIsSkippedNotWaitedFor() throws Exception {
        Order held = place(new CustomerRef(UUID.randomUUID()), NOW, NOW.minus(Duration.ofDays(3650)));
        Order free = place(new CustomerRef(UUID.randomUUID()), NOW, NOW.minus(Duration.ofDays(3649)));
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var otherInstance = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThat(orders.overdue(NOW, 1)).extracting(Order::id).containsExactly(held.id());
            locked.countDown();
            await(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        List<OrderId> seenHere = new TransactionTemplate(transactions).execute(tx -> overdueIds(2));

        release.countDown();
        otherInstance.get(10, TimeUnit.SECONDS);
        assertThat(seenHere).doesNotContain(held.id()).startsWith(free.id());
    }

    private List<OrderId> overdueIds(int limit) {
        return orders.overdue(NOW, limit).stream().map(Order::id).toList();
    }

    private Order place(CustomerRef customer, Instant placedAt, Instant deadline) {
        Order order = Order.place(OrderId.random(), customer, "ada", List.of(
                new OrderLine("MUG", Quantity.of(1), Money.of("9.80", "EUR")),
                new OrderLine("TEE", Quantity.of(1), Money.of("15.00", "EUR"))),
                placedAt.truncatedTo(ChronoUnit.MICROS), deadline.truncatedTo(ChronoUnit.MICROS));
        orders.add(order);
        return orders.byId(order.id()).orElseThrow();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

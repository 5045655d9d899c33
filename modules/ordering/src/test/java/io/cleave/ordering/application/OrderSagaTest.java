package io.cleave.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cleave.kernel.Money;
import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;
import io.cleave.kernel.Quantity;
import io.cleave.ordering.api.OrderCancelled;
import io.cleave.ordering.api.OrderConfirmed;
import io.cleave.ordering.application.port.out.OrderPayment;
import io.cleave.ordering.application.port.out.OrderPayments;
import io.cleave.ordering.application.port.out.SagaOutcomes;
import io.cleave.ordering.application.port.out.StockReservations;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;
import io.cleave.ordering.domain.OrderLine;
import io.cleave.ordering.domain.OrderStatus;
import io.cleave.ordering.domain.Orders;
import io.cleave.testsupport.MovableClock;

/**
 * The saga's transitions on their own: no Spring, no database, no broker; the participants are
 * recorders and time is a clock the test moves, so a deadline passes without waiting for it.
 * {@code OrderSagaModuleTests} runs the same saga with its real adapters and listeners.
 */
class OrderSagaTest {

    static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T09:00:00Z"));
    final InMemoryOrders orders = new InMemoryOrders();
    final List<String> sent = new ArrayList<>();
    final List<Object> published = new ArrayList<>();
    final List<String> told = new ArrayList<>();
    final OrderSagaService saga = new OrderSagaService(orders, new StockReservations() {
        @Override
        public void reserve(Order order) {
            sent.add("reserve " + order.id().value());
        }

        @Override
        public void release(OrderId order) {
            sent.add("release " + order.value());
        }

        @Override
        public void commit(OrderId order) {
            sent.add("commit " + order.value());
        }
    }, new OrderPayments() {
        @Override
        public void charge(Order order) {
            sent.add("charge " + order.id().value());
        }

        @Override
        public void refund(OrderId order) {
            sent.add("refund " + order.value());
        }

        @Override
        public Optional<OrderPayment> paymentOf(OrderId order) {
            return Optional.empty();
        }
    }, new OrderEventPublisher(published::add, clock), new SagaOutcomes() {
        @Override
        public void placed(Order order) {
            told.add("placed " + order.id().value());
        }

        @Override
        public void ended(Order order) {
            told.add("ended " + order.id().value() + " " + order.status() + order.cancellationReason().map(r -> " " + r).orElse(""));
        }
    }, new SagaPolicy(STEP_TIMEOUT), clock);

    @Test
    void reservedThenCapturedConfirmsCommitsTheStockAndSaysSoOnce() {
        OrderId id = placed();

        saga.stockReserved(id);
        saga.stockReserved(id); // delivered twice
        clock.advance(Duration.ofSeconds(3));
        saga.paymentCaptured(id);
        saga.paymentCaptured(id);

        assertThat(statusOf(id)).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(sent).containsExactly("reserve " + id.value(), "charge " + id.value(), "commit " + id.value());
        OrderConfirmed confirmed = assertPublished(OrderConfirmed.class);
        assertThat(confirmed.orderId()).isEqualTo(id.value());
        assertThat(confirmed.total()).isEqualTo(Money.of("19.80", "EUR"));
        assertThat(confirmed.occurredAt()).isEqualTo(clock.instant());
        assertThat(told).containsExactly("placed " + id.value(), "ended " + id.value() + " CONFIRMED");
    }

    @Test
    void outOfStockCancelsWithoutReleasingOrCharging() {
        OrderId id = placed();

        saga.stockRejected(id);

        assertThat(statusOf(id)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(sent).containsExactly("reserve " + id.value());
        assertThat(assertPublished(OrderCancelled.class).reason()).isEqualTo("OUT_OF_STOCK");
        assertThat(told).containsExactly("placed " + id.value(), "ended " + id.value() + " CANCELLED OUT_OF_STOCK");
    }

    @Test
    void aDeclinedPaymentReleasesTheStock() {
        OrderId id = placed();
        saga.stockReserved(id);

        saga.paymentDeclined(id);

        assertThat(sent).containsExactly("reserve " + id.value(), "charge " + id.value(), "release " + id.value());
        assertThat(assertPublished(OrderCancelled.class).reason()).isEqualTo("PAYMENT_DECLINED");
    }

    @Test
    void pastItsDeadlineAnOrderTimesOutAndLateRepliesAreUndone() {
        OrderId waitingForStock = placed();
        OrderId waitingForPayment = placed();
        saga.stockReserved(waitingForPayment);

        clock.advance(STEP_TIMEOUT.minusSeconds(1));
        assertThat(saga.cancelOverdue(10)).as("not yet").isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(saga.cancelOverdue(10)).isEqualTo(2);
        saga.stockReserved(waitingForStock); // a reservation that arrives too late
        saga.paymentCaptured(waitingForPayment); // a capture that arrives too late

        assertThat(statusOf(waitingForStock)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(statusOf(waitingForPayment)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(sent).contains("release " + waitingForStock.value(), "refund " + waitingForPayment.value())
                .filteredOn(command -> command.startsWith("commit")).isEmpty();
        assertThat(published).hasSize(2).allSatisfy(event ->
                assertThat(((OrderCancelled) event).reason()).isEqualTo("TIMED_OUT"));
    }

    @Test
    void theCustomerCancelsAnOpenOrderOnceAndItsStockIsReleased() {
        OrderId id = placed();
        saga.stockReserved(id);
        Order order = orders.byId(id).orElseThrow();

        assertThat(saga.cancel(order, CancellationReason.CUSTOMER_CANCELLED)).isTrue();
        assertThat(saga.cancel(orders.byId(id).orElseThrow(), CancellationReason.CUSTOMER_CANCELLED)).isFalse();

        assertThat(sent).endsWith("release " + id.value());
        assertThat(assertPublished(OrderCancelled.class).reason()).isEqualTo("CUSTOMER_CANCELLED");
    }

    /** An order placed and stored, its saga started, as placing one does. */
    private OrderId placed() {
        Order order = Order.place(OrderId.random(), new CustomerRef(UUID.randomUUID()), "ada",
                List.of(new OrderLine("MUG", Quantity.of(2), Money.of("9.90", "EUR"))), clock.instant(), saga.nextDeadline());
        orders.add(order);
        order.clearDomainEvents(); // OrderPlaced is the placing service's to publish
        saga.start(order);
        return order.id();
    }

    private OrderStatus statusOf(OrderId id) {
        return orders.byId(id).orElseThrow().status();
    }

    /** The one event of this type published, as the saga published it. */
    private <T> T assertPublished(Class<T> type) {
        assertThat(published).as("published").hasSize(1).first().isInstanceOf(type);
        return type.cast(published.get(0));
    }

    /** Orders kept as they would be read back: a fresh aggregate per read, its recorded events not kept. */
    static final class InMemoryOrders implements Orders {

        private final Map<OrderId, Order> stored = new LinkedHashMap<>();

        @Override
        public Optional<Order> byId(OrderId id) {
            return Optional.ofNullable(stored.get(id)).map(InMemoryOrders::copy);
        }

        @Override
        public List<Order> overdue(Instant now, int limit) {
            return stored.values().stream().filter(order -> order.isOverdue(now))
                    .sorted(Comparator.comparing(order -> order.deadline().orElseThrow()))
                    .limit(limit).map(InMemoryOrders::copy).toList();
        }

        @Override
        public void add(Order order) {
            stored.put(order.id(), copy(order));
        }

        @Override
        public void add(Order order, String idempotencyKey) {
            add(order);
        }

        @Override
        public void update(Order order) {
            stored.put(order.id(), copy(order));
        }

        private static Order copy(Order order) {
            return Order.restore(order.id(), order.customer(), order.owner().orElse(null), order.lines(),
                    order.placedAt(), order.status(), order.cancellationReason().orElse(null),
                    order.deadline().orElse(null), order.version());
        }

        // queries the saga never makes

        @Override
        public Page<Order> ofCustomer(CustomerRef customer, PageRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Order> ofOwner(String owner, PageRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Order> ofCustomerAndOwner(CustomerRef customer, String owner, PageRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Order> openOrdersOf(CustomerRef customer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Order> byIdempotencyKey(CustomerRef customer, String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int assignOwner(CustomerRef customer, String owner) {
            throw new UnsupportedOperationException();
        }
    }
}

package io.cleave.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import io.cleave.catalog.api.PriceQuote;
import io.cleave.catalog.api.ProductCatalog;
import io.cleave.customer.api.CustomerDirectory;
import io.cleave.customer.api.CustomerStatus;
import io.cleave.customer.api.CustomerSummary;
import io.cleave.inventory.api.CommitStock;
import io.cleave.inventory.api.ReleaseStock;
import io.cleave.inventory.api.ReserveStock;
import io.cleave.inventory.api.StockReservationRejected;
import io.cleave.inventory.api.StockReserved;
import io.cleave.kernel.Caller;
import io.cleave.kernel.Money;
import io.cleave.kernel.Quantity;
import io.cleave.ordering.api.OrderConfirmed;
import io.cleave.ordering.application.port.in.CancelOrder;
import io.cleave.ordering.application.port.in.FindOrders;
import io.cleave.ordering.application.port.in.PlaceOrder;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderStatus;
import io.cleave.payment.api.ChargePayment;
import io.cleave.payment.api.PaymentCaptured;
import io.cleave.payment.api.PaymentDeclined;
import io.cleave.payment.api.PaymentLedger;
import io.cleave.payment.api.RefundPayment;
import io.cleave.testsupport.MovableClock;

/**
 * The order saga on its own: the participants are played by the test, which publishes their
 * replies and records the commands the saga sends. The timeout branch runs by moving the
 * application's clock past the deadline, with the real scheduler that looks for overdue orders.
 */
@ApplicationModuleTest
@Import({ OrderSagaModuleTests.Sent.class, OrderSagaModuleTests.TestClock.class })
@TestPropertySource(properties = { "cleave.ordering.saga.step-timeout=30s", "cleave.ordering.saga.check-interval=200ms" })
class OrderSagaModuleTests {

    /** The service desk: staff may place, read and cancel any order. */
    private static final Caller DESK = Caller.staff("desk");

    @MockitoBean ProductCatalog catalog;
    @MockitoBean CustomerDirectory customers;
    @MockitoBean PaymentLedger payments;

    @Autowired PlaceOrder placeOrder;
    @Autowired CancelOrder cancelOrder;
    @Autowired FindOrders findOrders;
    @Autowired Sent sent;
    @Autowired MovableClock clock;

    private UUID customerId;

    @BeforeEach
    void anActiveCustomerAndAProduct() {
        customerId = UUID.randomUUID();
        when(customers.customerById(any())).thenReturn(
                Optional.of(new CustomerSummary(customerId, "Ada", CustomerStatus.ACTIVE, null)));
        when(catalog.quotePrices(anyCollection())).thenReturn(List.of(new PriceQuote("MUG", Money.of("9.90", "EUR"), true)));
    }

    @Test
    void happyPathReservesChargesAndConfirmsCommittingTheStock(Scenario scenario) {
        Order order = place();
        String reference = order.id().toString();
        assertThat(sent.of(ReserveStock.class, reference)).singleElement()
                .satisfies(command -> assertThat(command.lines()).containsExactly(new ReserveStock.Line("MUG", 2)));

        scenario.publish(() -> new StockReserved(UUID.randomUUID(), reference))
                .andWaitForStateChange(() -> sent.of(ChargePayment.class, reference), commands -> !commands.isEmpty())
                .andVerify(commands -> {
                    assertThat(commands.get(0).amount()).isEqualTo(Money.of("19.80", "EUR"));
                    assertThat(statusOf(order)).isEqualTo(OrderStatus.STOCK_RESERVED);
                });

        scenario.publish(() -> new PaymentCaptured(UUID.randomUUID(), reference, UUID.randomUUID(),
                        Money.of("19.80", "EUR"), Instant.now()))
                .andWaitForStateChange(() -> sent.confirmationsOf(order.id().value()), count -> count == 1)
                .andVerify(count -> {
                    assertThat(statusOf(order)).isEqualTo(OrderStatus.CONFIRMED);
                    assertThat(sent.of(CommitStock.class, reference)).hasSize(1);
                    assertThat(sent.of(ReleaseStock.class, reference)).isEmpty();
                });
    }

    @Test
    void outOfStockCancelsWithoutChargingOrReleasing(Scenario scenario) {
        Order order = place();
        String reference = order.id().toString();

        scenario.publish(() -> new StockReservationRejected(UUID.randomUUID(), reference, List.of("MUG")))
                .andWaitForStateChange(() -> statusOf(order), status -> status == OrderStatus.CANCELLED)
                .andVerify(status -> {
                    assertThat(reasonOf(order)).contains(CancellationReason.OUT_OF_STOCK);
                    assertThat(sent.of(ChargePayment.class, reference)).isEmpty();
                    assertThat(sent.of(ReleaseStock.class, reference)).isEmpty();
                });
    }

    @Test
    void aDeclinedPaymentReleasesTheReservedStock(Scenario scenario) {
        Order order = reserved(scenario);
        String reference = order.id().toString();

        scenario.publish(() -> new PaymentDeclined(UUID.randomUUID(), reference, Money.of("19.80", "EUR"), "no"))
                .andWaitForStateChange(() -> sent.of(ReleaseStock.class, reference), commands -> !commands.isEmpty())
                .andVerify(commands -> assertThat(reasonOf(order)).contains(CancellationReason.PAYMENT_DECLINED));
    }

    @Test
    void everyReplyDeliveredTwiceHasTheSameOutcome(Scenario scenario) {
        Order order = reserved(scenario);
        String reference = order.id().toString();
        var captured = new PaymentCaptured(UUID.randomUUID(), reference, UUID.randomUUID(), Money.of("19.80", "EUR"),
                Instant.now());

        scenario.publish(() -> new StockReserved(UUID.randomUUID(), reference))
                .andWaitForStateChange(() -> sent.of(ChargePayment.class, reference).size() >= 1, Boolean::booleanValue);
        scenario.publish(() -> captured)
                .andWaitForStateChange(() -> sent.of(CommitStock.class, reference), commands -> !commands.isEmpty());
        scenario.publish(() -> captured)
                .andWaitForStateChange(() -> sent.confirmationsOf(order.id().value()) >= 1, Boolean::booleanValue)
                .andVerify(ok -> {
                    assertThat(sent.of(ChargePayment.class, reference)).hasSize(1);
                    assertThat(sent.of(CommitStock.class, reference)).hasSize(1);
                    assertThat(sent.of(RefundPayment.class, reference)).isEmpty();
                    assertThat(statusOf(order)).isEqualTo(OrderStatus.CONFIRMED);
                });
    }

    @Test
    void aSilentParticipantTimesTheOrderOutAndALateCaptureIsRefunded(Scenario scenario) {
        Order order = reserved(scenario);
        String reference = order.id().toString();

        scenario.stimulate(() -> clock.advance(Duration.ofSeconds(31)))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> statusOf(order), status -> status == OrderStatus.CANCELLED)
                .andVerify(status -> {
                    assertThat(reasonOf(order)).contains(CancellationReason.TIMED_OUT);
                    assertThat(sent.of(ReleaseStock.class, reference)).hasSize(1);
                });

        scenario.publish(() -> new PaymentCaptured(UUID.randomUUID(), reference, UUID.randomUUID(),
                        Money.of("19.80", "EUR"), Instant.now()))
                .andWaitForStateChange(() -> sent.of(RefundPayment.class, reference), commands -> !commands.isEmpty())
                .andVerify(commands -> assertThat(statusOf(order)).isEqualTo(OrderStatus.CANCELLED));
    }

    @Test
    void theCustomerCancelsBeforeCaptureAndTheStockIsReleased(Scenario scenario) {
        Order order = reserved(scenario);
        String reference = order.id().toString();

        Order cancelled = cancelOrder.cancel(order.id(), DESK);

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).contains(CancellationReason.CUSTOMER_CANCELLED);
        assertThat(sent.of(ReleaseStock.class, reference)).hasSize(1);
        assertThat(cancelOrder.cancel(order.id(), DESK).status()).as("cancelling twice").isEqualTo(OrderStatus.CANCELLED);
        assertThat(sent.of(ReleaseStock.class, reference)).hasSize(1);
    }

    /** An order placed, with its stock reserved: waiting for payment. */
    private Order reserved(Scenario scenario) {
        Order order = place();
        scenario.publish(() -> new StockReserved(UUID.randomUUID(), order.id().toString()))
                .andWaitForStateChange(() -> statusOf(order), status -> status == OrderStatus.STOCK_RESERVED);
        return order;
    }

    private Order place() {
        return placeOrder.place(new PlaceOrder.Command(DESK, new CustomerRef(customerId),
                List.of(new PlaceOrder.Command.Line("MUG", Quantity.of(2))))).order();
    }

    private OrderStatus statusOf(Order order) {
        return findOrders.byId(order.id(), DESK).status();
    }

    private Optional<CancellationReason> reasonOf(Order order) {
        return findOrders.byId(order.id(), DESK).cancellationReason();
    }


    /** The application's clock, which the test moves; a test configuration, so the module test keeps it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    /** Every command the saga sends, and every confirmation, as they are published. */
    static class Sent {

        final List<Object> messages = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ReserveStock command) {
            messages.add(command);
        }

        @EventListener
        void on(ReleaseStock command) {
            messages.add(command);
        }

        @EventListener
        void on(CommitStock command) {
            messages.add(command);
        }

        @EventListener
        void on(ChargePayment command) {
            messages.add(command);
        }

        @EventListener
        void on(RefundPayment command) {
            messages.add(command);
        }

        @EventListener
        void on(OrderConfirmed event) {
            messages.add(event);
        }

        <T> List<T> of(Class<T> type, String reference) {
            return messages.stream().filter(type::isInstance).map(type::cast)
                    .filter(message -> reference.equals(referenceOf(message))).toList();
        }

        long confirmationsOf(UUID orderId) {
            return messages.stream().filter(m -> m instanceof OrderConfirmed c && c.orderId().equals(orderId)).count();
        }

        private static String referenceOf(Object message) {
            if (message instanceof ReserveStock m) {
                return m.reference();
            }
            if (message instanceof ReleaseStock m) {
                return m.reference();
            }
            if (message instanceof CommitStock m) {
                return m.reference();
            }
            if (message instanceof ChargePayment m) {
                return m.reference();
            }
            if (message instanceof RefundPayment m) {
                return m.reference();
            }
            return null;
        }
    }
}

package io.cleave.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import io.cleave.catalog.api.PriceQuote;
import io.cleave.catalog.api.ProductCatalog;
import io.cleave.customer.api.CustomerDeactivated;
import io.cleave.customer.api.CustomerDirectory;
import io.cleave.customer.api.CustomerStatus;
import io.cleave.customer.api.CustomerSubjectBound;
import io.cleave.customer.api.CustomerSummary;
import io.cleave.kernel.Caller;
import io.cleave.kernel.ForbiddenException;
import io.cleave.kernel.Money;
import io.cleave.kernel.PageRequest;
import io.cleave.kernel.Quantity;
import io.cleave.ordering.api.OrderCancelled;
import io.cleave.ordering.api.OrderPlaced;
import io.cleave.ordering.application.CustomerCannotOrderException;
import io.cleave.ordering.application.ProductsNotOrderableException;
import io.cleave.ordering.application.port.in.FindOrders;
import io.cleave.ordering.application.port.in.PlaceOrder;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderNotFoundException;
import io.cleave.ordering.domain.OrderStatus;
import io.cleave.payment.api.PaymentLedger;

/**
 * Ordering on its own, on a real PostgreSQL. Catalog and customer are outside the module: their
 * facades are stubbed here, as ordering sees nothing else of them.
 */
@ApplicationModuleTest
@Import(OrderingModuleTests.Recorded.class)
class OrderingModuleTests {

    /** The service desk: staff may place, read and cancel any order. */
    private static final Caller DESK = Caller.staff("desk");

    @MockitoBean ProductCatalog catalog;
    @MockitoBean CustomerDirectory customers;
    @MockitoBean PaymentLedger payments;

    @Autowired PlaceOrder placeOrder;
    @Autowired FindOrders findOrders;
    @Autowired CompletedEventPublications completedPublications;
    @Autowired Recorded recorded;

    /** A new customer for every test: the test instance and the database are shared across tests. */
    private UUID customerId;

    @BeforeEach
    void anActiveCustomerAndTwoProducts() {
        customerId = UUID.randomUUID();
        when(customers.customerById(customerId))
                .thenReturn(Optional.of(new CustomerSummary(customerId, "Ada", CustomerStatus.ACTIVE, null)));
        when(catalog.quotePrices(anyCollection())).thenReturn(List.of(
                new PriceQuote("MUG", Money.of("9.90", "EUR"), true),
                new PriceQuote("OLD", Money.of("1.00", "EUR"), false)));
    }

    @Test
    void placingAnOrderStoresItPendingAndPublishesOrderPlaced(Scenario scenario) {
        scenario.stimulate(() -> placeOrder.place(command("MUG", 3)).order())
                .andWaitForEventOfType(OrderPlaced.class)
                .matching(event -> event.customerId().equals(customerId))
                .toArriveAndVerify((event, order) -> {
                    assertThat(event.messageId()).isNotNull();
                    assertThat(event.total()).isEqualTo(Money.of("29.70", "EUR"));
                    assertThat(event.lines()).containsExactly(new OrderPlaced.Line("MUG", 3, Money.of("9.90", "EUR")));
                    Order stored = findOrders.byId(order.id(), DESK);
                    assertThat(stored.status()).isEqualTo(OrderStatus.PENDING);
                    assertThat(stored.total()).isEqualTo(Money.of("29.70", "EUR"));
                });
    }

    @Test
    void retiredOrUnknownProductsAndInactiveCustomersCannotOrder() {
        assertThatThrownBy(() -> placeOrder.place(command("OLD", 1)))
                .isInstanceOf(ProductsNotOrderableException.class).hasMessageContaining("OLD");
        assertThatThrownBy(() -> placeOrder.place(command("NEW", 1)))
                .isInstanceOf(ProductsNotOrderableException.class).hasMessageContaining("NEW");

        when(customers.customerById(customerId))
                .thenReturn(Optional.of(new CustomerSummary(customerId, "Ada", CustomerStatus.DEACTIVATED, null)));
        assertThatThrownBy(() -> placeOrder.place(command("MUG", 1))).isInstanceOf(CustomerCannotOrderException.class);

        assertThat(findOrders.list(new CustomerRef(customerId), DESK, new PageRequest(0, 10))
                .totalElements()).isZero();
    }

    @Test
    void aCustomersOrdersAreTheirsAloneAndBecomeTheirsWhenTheyAreBoundLater(Scenario scenario) {
        String ada = "ada-" + customerId;
        when(customers.customerBySubject(ada))
                .thenReturn(Optional.of(new CustomerSummary(customerId, "Ada", CustomerStatus.ACTIVE, ada)));
        Caller adaCalls = Caller.customer(ada);
        Caller bobCalls = Caller.customer("bob-" + customerId);
        Order placedByDesk = placeOrder.place(command("MUG", 1)).order(); // while Ada signs in as nobody
        Order own = placeOrder.place(new PlaceOrder.Command(adaCalls, null,
                List.of(new PlaceOrder.Command.Line("MUG", Quantity.of(1))))).order();
        var request = new PageRequest(0, 10);

        assertThat(own.customer()).isEqualTo(new CustomerRef(customerId));
        assertThat(findOrders.byId(own.id(), adaCalls).id()).isEqualTo(own.id());
        assertThatThrownBy(() -> findOrders.byId(own.id(), bobCalls)).isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> findOrders.byId(placedByDesk.id(), adaCalls)).isInstanceOf(OrderNotFoundException.class);
        assertThat(findOrders.list(null, bobCalls, request).totalElements()).isZero();
        assertThat(findOrders.list(new CustomerRef(customerId), bobCalls, request).totalElements()).isZero();
        assertThatThrownBy(() -> placeOrder.place(new PlaceOrder.Command(bobCalls, new CustomerRef(customerId),
                List.of(new PlaceOrder.Command.Line("MUG", Quantity.of(1)))))).isInstanceOf(ForbiddenException.class);

        scenario.publish(() -> new CustomerSubjectBound(UUID.randomUUID(), customerId, ada, Instant.now()))
                .andWaitForStateChange(() -> findOrders.list(null, adaCalls, request).totalElements() == 2,
                        Boolean::booleanValue)
                .andVerify(bothTheirs -> assertThat(findOrders.byId(placedByDesk.id(), adaCalls).owner()).contains(ada));
    }

    @Test
    void anIdempotencyKeyIsTheCustomers() {
        UUID other = UUID.randomUUID();
        when(customers.customerById(other))
                .thenReturn(Optional.of(new CustomerSummary(other, "Bob", CustomerStatus.ACTIVE, null)));
        var lines = List.of(new PlaceOrder.Command.Line("MUG", Quantity.of(1)));

        Order first = placeOrder.place(new PlaceOrder.Command(DESK, new CustomerRef(customerId), lines, "k-" + customerId)).order();
        var again = placeOrder.place(new PlaceOrder.Command(DESK, new CustomerRef(customerId), lines, "k-" + customerId));
        var sameKeyOtherCustomer = placeOrder.place(new PlaceOrder.Command(DESK, new CustomerRef(other), lines, "k-" + customerId));

        assertThat(again.placedNow()).isFalse();
        assertThat(again.order().id()).isEqualTo(first.id());
        assertThat(sameKeyOtherCustomer.placedNow()).isTrue();
        assertThat(sameKeyOtherCustomer.order().customer()).isEqualTo(new CustomerRef(other));
    }

    @Test
    void aDeactivatedCustomersOpenOrdersAreCancelledOnceEvenIfTheEventComesTwice(Scenario scenario) {
        Order first = placeOrder.place(command("MUG", 1)).order();
        Order second = placeOrder.place(command("MUG", 2)).order();
        var deactivated = new CustomerDeactivated(UUID.randomUUID(), customerId, Instant.now());

        scenario.publish(() -> deactivated)
                .andWaitForStateChange(() -> statusOf(first) == OrderStatus.CANCELLED && statusOf(second) == OrderStatus.CANCELLED,
                        Boolean::booleanValue)
                .andVerify(cancelled -> {
                    assertThat(findOrders.byId(first.id(), DESK).cancellationReason())
                            .contains(CancellationReason.CUSTOMER_DEACTIVATED);
                });

        scenario.publish(() -> deactivated)
                .andWaitForStateChange(() -> completedListenerPublicationsFor(deactivated), count -> count == 2)
                .andVerify(count -> assertThat(recorded.cancellations)
                        .filteredOn(event -> event.customerId().equals(customerId))
                        .extracting(OrderCancelled::orderId)
                        .containsExactlyInAnyOrder(first.id().value(), second.id().value()));
    }

    /** Every OrderCancelled published, as it is published. */
    static class Recorded {

        final List<OrderCancelled> cancellations = new CopyOnWriteArrayList<>();

        @EventListener
        void on(OrderCancelled event) {
            cancellations.add(event);
        }
    }

    private OrderStatus statusOf(Order order) {
        return findOrders.byId(order.id(), DESK).status();
    }

    /** How many deliveries of this very event ordering's listener has completed. */
    private long completedListenerPublicationsFor(CustomerDeactivated event) {
        return completedPublications.findAll().stream()
                .filter(publication -> event.equals(publication.getEvent()))
                .count();
    }

    private PlaceOrder.Command command(String sku, int quantity) {
        return new PlaceOrder.Command(DESK, new CustomerRef(customerId),
                List.of(new PlaceOrder.Command.Line(sku, Quantity.of(quantity))));
    }
}

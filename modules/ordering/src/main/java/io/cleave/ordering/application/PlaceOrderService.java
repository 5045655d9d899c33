package io.cleave.ordering.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.kernel.Caller;
import io.cleave.kernel.ForbiddenException;
import io.cleave.kernel.InvalidValueException;
import io.cleave.ordering.application.port.in.PlaceOrder;
import io.cleave.ordering.application.port.out.CustomerStanding;
import io.cleave.ordering.application.port.out.CustomerStandings;
import io.cleave.ordering.application.port.out.ProductPrices;
import io.cleave.ordering.application.port.out.QuotedPrice;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;
import io.cleave.ordering.domain.OrderLine;
import io.cleave.ordering.domain.Orders;

@Service
class PlaceOrderService implements PlaceOrder {

    private final CustomerStandings customers;
    private final ProductPrices prices;
    private final Orders orders;
    private final OrderSagaService saga;
    private final OrderEventPublisher events;
    private final Clock clock;

    PlaceOrderService(CustomerStandings customers, ProductPrices prices, Orders orders, OrderSagaService saga,
            OrderEventPublisher events, Clock clock) {
        this.customers = customers;
        this.prices = prices;
        this.orders = orders;
        this.saga = saga;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A key used before answers its order; a key taken by a concurrent call makes this call fail
     * with a conflict (its transaction is rolled back), and a retry then answers the order.
     */
    @Override
    @Transactional
    public Placement place(Command command) {
        CustomerStanding customer = customerOf(command);
        if (command.idempotencyKey() != null) {
            Optional<Order> placedBefore = orders.byIdempotencyKey(customer.customer(), command.idempotencyKey());
            if (placedBefore.isPresent()) {
                return new Placement(placedBefore.get(), false);
            }
        }
        if (!customer.mayOrder()) {
            throw CustomerCannotOrderException.deactivated(customer.customer());
        }
        Order order = Order.place(OrderId.random(), customer.customer(), customer.subject(), priced(command.lines()),
                clock.instant(), saga.nextDeadline());
        if (command.idempotencyKey() == null) {
            orders.add(order);
        } else {
            orders.add(order, command.idempotencyKey());
        }
        saga.start(order);
        events.publishRecorded(order); // OrderPlaced
        return new Placement(order, true);
    }

    /** Whom the order is for: staff name the customer; a customer orders for themselves only. */
    private CustomerStanding customerOf(Command command) {
        Caller caller = command.caller();
        if (command.customer() == null) {
            if (caller.isStaff()) {
                throw new InvalidValueException("customerId", "must name the customer the order is for");
            }
            return customers.ofSubject(caller.subject()).orElseThrow(CustomerCannotOrderException::notRegistered);
        }
        CustomerStanding standing = customers.of(command.customer())
                .orElseThrow(() -> CustomerCannotOrderException.unknown(command.customer()));
        if (!caller.maySee(standing.subject())) {
            throw new ForbiddenException("A customer places orders for themselves only");
        }
        return standing;
    }

    private List<OrderLine> priced(List<Command.Line> lines) {
        Map<String, QuotedPrice> quotes = prices.quote(lines.stream().map(Command.Line::sku).toList());
        List<String> notOrderable = lines.stream()
                .map(Command.Line::sku)
                .filter(sku -> !quotes.containsKey(sku) || !quotes.get(sku).orderable())
                .distinct()
                .toList();
        if (!notOrderable.isEmpty()) {
            throw new ProductsNotOrderableException(notOrderable);
        }
        return lines.stream()
                .map(line -> new OrderLine(line.sku(), line.quantity(), quotes.get(line.sku()).unitPrice()))
                .toList();
    }
}

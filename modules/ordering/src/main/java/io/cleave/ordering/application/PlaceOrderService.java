package io.cleave.ordering.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.ordering.api.OrderPlaced;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;
import io.cleave.ordering.domain.OrderLine;
import io.cleave.ordering.domain.Orders;

@Service
class PlaceOrderService implements PlaceOrder {

    private final CustomerStandings customers;
    private final ProductPrices prices;
    private final Orders orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlaceOrderService(CustomerStandings customers, ProductPrices prices, Orders orders,
            ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.prices = prices;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Order place(Command command) {
        requireMayOrder(command.customer());
        Order order = Order.place(OrderId.random(), command.customer(), priced(command.lines()), clock.instant());
        orders.add(order);
        events.publishEvent(placed(order));
        return order;
    }

    private void requireMayOrder(CustomerRef customer) {
        CustomerStanding standing = customers.of(customer)
                .orElseThrow(() -> CustomerCannotOrderException.unknown(customer));
        if (standing != CustomerStanding.MAY_ORDER) {
            throw CustomerCannotOrderException.deactivated(customer);
        }
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

    private OrderPlaced placed(Order order) {
        List<OrderPlaced.Line> lines = order.lines().stream()
                .map(line -> new OrderPlaced.Line(line.sku(), line.quantity().value(), line.unitPrice()))
                .toList();
        return new OrderPlaced(UUID.randomUUID(), order.id().value(), order.customer().value(), lines, order.total(),
                order.placedAt());
    }
}

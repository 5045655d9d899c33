package io.cleave.ordering.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.cleave.kernel.Caller;
import io.cleave.kernel.InvalidValueException;
import io.cleave.kernel.Money;
import io.cleave.kernel.RecordedEvents;

/**
 * A customer's order: priced lines in one currency, their total, and where the order stands in the
 * order saga (PENDING, STOCK_RESERVED, then CONFIRMED or CANCELLED). Prices are those quoted when
 * the order was placed; later price changes do not touch it. While open, the order has a deadline
 * for the participant it waits for. It keeps the subject of the customer it belongs to (its owner),
 * so who may see it is decided here, in any topology, without asking customer.
 */
@AggregateRoot
public class Order {

    @Identity
    private final OrderId id;
    private final CustomerRef customer;
    private final String owner;
    private final List<OrderLine> lines;
    private final Money total;
    private final Instant placedAt;
    private OrderStatus status;
    private CancellationReason cancellationReason;
    private Instant deadline;
    /** Optimistic concurrency: the version this aggregate was read at (0 before it is first stored). */
    private final long version;
    /** What happened to it since it was placed or read, until the application has published it. */
    private final RecordedEvents<OrderEvent> events = new RecordedEvents<>();

    private Order(OrderId id, CustomerRef customer, String owner, List<OrderLine> lines, Instant placedAt, OrderStatus status,
            CancellationReason cancellationReason, Instant deadline, long version) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.customer = Objects.requireNonNull(customer, "customer must not be null");
        this.owner = owner;
        this.lines = List.copyOf(lines);
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt must not be null");
        this.status = Objects.requireNonNull(status, "status must not be null");
        this.cancellationReason = cancellationReason;
        this.deadline = deadline;
        this.version = version;
        this.total = totalOf(this.lines);
    }

    /**
     * Places an order, PENDING.
     *
     * @param owner the subject of the customer the order belongs to, or null if they sign in as nobody
     * @throws InvalidValueException if there are no lines or a SKU appears twice
     * @throws MixedCurrenciesException if the lines are priced in different currencies
     */
    public static Order place(OrderId id, CustomerRef customer, String owner, List<OrderLine> lines, Instant placedAt,
            Instant deadline) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidValueException("lines", "must hold at least one line");
        }
        Set<String> skus = new HashSet<>();
        for (OrderLine line : lines) {
            if (!skus.add(line.sku())) {
                throw new InvalidValueException("lines", "name SKU %s more than once".formatted(line.sku()));
            }
        }
        Order order = new Order(id, customer, owner, lines, placedAt, OrderStatus.PENDING, null, deadline, 0);
        order.events.record(new OrderEvent.Placed(id));
        return order;
    }

    /** Rebuilds an order from storage. */
    public static Order restore(OrderId id, CustomerRef customer, String owner, List<OrderLine> lines,
            Instant placedAt, OrderStatus status, CancellationReason cancellationReason, Instant deadline, long version) {
        return new Order(id, customer, owner, lines, placedAt, status, cancellationReason, deadline, version);
    }

    /**
     * Stock is held for the order; now it waits for payment until the new deadline.
     *
     * @return whether the order was waiting for stock (a repeated reply, or one after cancellation, changes nothing)
     */
    public boolean stockReserved(Instant nextDeadline) {
        if (status != OrderStatus.PENDING) {
            return false;
        }
        status = OrderStatus.STOCK_RESERVED;
        deadline = Objects.requireNonNull(nextDeadline, "deadline must not be null");
        return true;
    }

    /**
     * Payment is captured: the order is confirmed.
     *
     * @return whether the order was waiting for payment (a repeated reply, or one after cancellation, changes nothing)
     */
    public boolean confirm() {
        if (status != OrderStatus.STOCK_RESERVED) {
            return false;
        }
        status = OrderStatus.CONFIRMED;
        deadline = null;
        events.record(new OrderEvent.Confirmed(id));
        return true;
    }

    /** Whether the participant the order waits for has not answered in time. */
    public boolean isOverdue(Instant now) {
        return isOpen() && deadline != null && deadline.isBefore(now);
    }

    /**
     * Cancels the order for the given reason.
     *
     * @return whether it was open until now (cancelling a cancelled order changes nothing)
     * @throws OrderAlreadyConfirmedException if the order is confirmed
     */
    public boolean cancel(CancellationReason reason) {
        Objects.requireNonNull(reason, "reason must not be null");
        if (status == OrderStatus.CANCELLED) {
            return false;
        }
        if (status == OrderStatus.CONFIRMED) {
            throw new OrderAlreadyConfirmedException(id);
        }
        status = OrderStatus.CANCELLED;
        cancellationReason = reason;
        deadline = null;
        events.record(new OrderEvent.Cancelled(id, reason));
        return true;
    }

    /** What happened to the order since it was placed or read, oldest first. */
    public List<OrderEvent> domainEvents() {
        return events.list();
    }

    /** The recorded events are published: forget them. */
    public void clearDomainEvents() {
        events.clear();
    }

    /** Staff see every order; a customer only their own. */
    public boolean isVisibleTo(Caller caller) {
        return caller.maySee(owner);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public OrderId id() {
        return id;
    }

    public CustomerRef customer() {
        return customer;
    }

    /** The subject of the customer the order belongs to. */
    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Money total() {
        return total;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public OrderStatus status() {
        return status;
    }

    public Optional<CancellationReason> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    public Optional<Instant> deadline() {
        return Optional.ofNullable(deadline);
    }

    public long version() {
        return version;
    }

    private static Money totalOf(List<OrderLine> lines) {
        if (lines.isEmpty()) {
            throw new InvalidValueException("lines", "must hold at least one line");
        }
        var currency = lines.get(0).unitPrice().currency();
        Money total = Money.zero(currency);
        for (OrderLine line : lines) {
            if (!line.unitPrice().currency().equals(currency)) {
                throw new MixedCurrenciesException(currency, line.unitPrice().currency());
            }
            total = total.plus(line.lineTotal());
        }
        return total;
    }
}

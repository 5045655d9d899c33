package io.cleave.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.ordering.application.port.in.OrderSaga;
import io.cleave.ordering.application.port.out.OrderPayments;
import io.cleave.ordering.application.port.out.SagaOutcomes;
import io.cleave.ordering.application.port.out.StockReservations;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;
import io.cleave.ordering.domain.OrderStatus;
import io.cleave.ordering.domain.Orders;

/**
 * The order saga's steps ({@link OrderSaga}), each in one transaction with the messages it sends
 * (they leave through the outbox), and its starting and ending early, which placing and cancelling
 * an order call from this package.
 */
@Service
class OrderSagaService implements OrderSaga {

    private final Orders orders;
    private final StockReservations stock;
    private final OrderPayments payments;
    private final OrderEventPublisher events;
    private final SagaOutcomes outcomes;
    private final SagaPolicy policy;
    private final Clock clock;

    OrderSagaService(Orders orders, StockReservations stock, OrderPayments payments, OrderEventPublisher events,
            SagaOutcomes outcomes, SagaPolicy policy, Clock clock) {
        this.orders = orders;
        this.stock = stock;
        this.payments = payments;
        this.events = events;
        this.outcomes = outcomes;
        this.policy = policy;
        this.clock = clock;
    }

    /** The deadline for a step that starts now. */
    Instant nextDeadline() {
        return clock.instant().plus(policy.stepTimeout());
    }

    // Step 1: reserve stock, in the transaction that placed the order.
    void start(Order order) {
        stock.reserve(order);
        outcomes.placed(order);
    }

    @Override
    @Transactional
    public void stockReserved(OrderId id) {
        find(id).ifPresent(order -> {
            if (order.stockReserved(nextDeadline())) {
                orders.update(order);
                payments.charge(order); // step 2
            } else if (order.status() == OrderStatus.CANCELLED) {
                stock.release(id); // late reply: the order was cancelled meanwhile
            }
        });
    }

    @Override
    @Transactional
    public void stockRejected(OrderId id) {
        find(id).ifPresent(order -> cancel(order, CancellationReason.OUT_OF_STOCK));
    }

    // Step 2: charge payment.

    @Override
    @Transactional
    public void paymentCaptured(OrderId id) {
        find(id).ifPresent(order -> {
            if (order.confirm()) { // step 3
                orders.update(order);
                stock.commit(id);
                events.publishRecorded(order); // OrderConfirmed
                outcomes.ended(order);
            } else if (order.status() == OrderStatus.CANCELLED) {
                payments.refund(id); // late reply: the order was cancelled meanwhile
            }
        });
    }

    @Override
    @Transactional
    public void paymentDeclined(OrderId id) {
        find(id).ifPresent(order -> cancel(order, CancellationReason.PAYMENT_DECLINED));
    }

    // Ending early.

    /**
     * Cancels an open order and compensates what its steps did; a cancelled order stays as it is.
     *
     * @throws io.cleave.ordering.domain.OrderAlreadyConfirmedException if the order is confirmed
     * @return whether this call cancelled it
     */
    boolean cancel(Order order, CancellationReason reason) {
        if (!order.cancel(reason)) {
            return false;
        }
        orders.update(order);
        if (reason != CancellationReason.OUT_OF_STOCK) {
            // Stock is held (STOCK_RESERVED), or may still be (a reservation in flight while PENDING):
            // inventory remembers a release that overtakes its reservation. A payment in flight is
            // refunded when its late capture arrives.
            stock.release(order.id());
        }
        events.publishRecorded(order); // OrderCancelled
        outcomes.ended(order);
        return true;
    }

    @Override
    @Transactional
    public int cancelOverdue(int limit) {
        int cancelled = 0;
        for (Order order : orders.overdue(clock.instant(), limit)) {
            if (cancel(order, CancellationReason.TIMED_OUT)) {
                cancelled++;
            }
        }
        return cancelled;
    }

    /** Replies name a reference; one that is not an order of ours is none of the saga's business. */
    private Optional<Order> find(OrderId id) {
        return orders.byId(id);
    }
}

package io.cleave.ordering.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.ordering.domain.OrderId;

/**
 * The order saga, orchestrated by ordering. Read top to bottom:
 *
 * <pre>
 *  step                         on success                     on failure / compensation
 *  1. reserve stock (inventory) StockReserved → step 2         StockReservationRejected → CANCELLED(OUT_OF_STOCK)
 *  2. charge payment (payment)  PaymentCaptured → step 3       PaymentDeclined → release stock, CANCELLED(PAYMENT_DECLINED)
 *  3. confirm                   commit stock, OrderConfirmed
 *  any open step: no reply before the deadline → release stock, CANCELLED(TIMED_OUT)
 *                 cancelled by the customer    → release stock, CANCELLED(CUSTOMER_CANCELLED | CUSTOMER_DEACTIVATED)
 *  a reply after cancellation: StockReserved → release it; PaymentCaptured → refund it
 * </pre>
 *
 * Every step is idempotent: a reply delivered twice finds the order already past it. A reply that
 * names no order of ours is none of the saga's business.
 */
@PrimaryPort
public interface OrderSaga {

    /** Inventory holds the order's stock: charge the payment (step 2), or release it if the order was cancelled meanwhile. */
    void stockReserved(OrderId id);

    /** Inventory has not enough stock: the order is cancelled, OUT_OF_STOCK. */
    void stockRejected(OrderId id);

    /** Payment captured the money: the order is confirmed (step 3), or refunded if it was cancelled meanwhile. */
    void paymentCaptured(OrderId id);

    /** Payment declined: the stock is released and the order cancelled, PAYMENT_DECLINED. */
    void paymentDeclined(OrderId id);

    /**
     * Cancels, as TIMED_OUT, open orders whose participant has not answered in time.
     *
     * @return how many it cancelled, at most {@code limit}
     */
    int cancelOverdue(int limit);
}

package io.cleave.ordering.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.kernel.Caller;
import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;
import io.cleave.ordering.application.port.out.OrderPayment;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;

/**
 * Reads orders. Staff read any order; a customer only their own, and another customer's order is
 * not found for them, as if it did not exist.
 */
@PrimaryPort
public interface FindOrders {

    /** @throws io.cleave.ordering.domain.OrderNotFoundException if there is none the caller may see */
    Order byId(OrderId id, Caller caller);

    /**
     * Orders newest first: a customer's own (of {@code customer} only, if given); for staff, those
     * of {@code customer}.
     *
     * @param customer whose orders, or null: the calling customer's
     * @throws io.cleave.kernel.InvalidValueException if staff name no customer
     */
    Page<Order> list(CustomerRef customer, Caller caller, PageRequest request);

    /**
     * The payment made for an order the caller may see.
     *
     * @throws io.cleave.ordering.domain.OrderNotFoundException if there is no order the caller may see
     * @throws OrderPaymentNotFoundException if no payment was made for it (yet)
     */
    OrderPayment paymentOf(OrderId id, Caller caller);
}

package io.cleave.ordering.application;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;

/** Reads orders. */
@PrimaryPort
public interface FindOrders {

    /** @throws io.cleave.ordering.domain.OrderNotFoundException if there is none */
    Order byId(OrderId id);

    /** A customer's orders, newest first. */
    Page<Order> ofCustomer(CustomerRef customer, PageRequest request);
}

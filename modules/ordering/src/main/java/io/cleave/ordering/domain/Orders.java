package io.cleave.ordering.domain;

import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;

/** All orders. */
@Repository
public interface Orders {

    Optional<Order> byId(OrderId id);

    /** A customer's orders, newest first. */
    Page<Order> ofCustomer(CustomerRef customer, PageRequest request);

    /** A customer's orders that are neither confirmed nor cancelled. */
    List<Order> openOrdersOf(CustomerRef customer);

    void add(Order order);

    /** Stores a changed order. Fails if it was changed since it was read. */
    void update(Order order);
}

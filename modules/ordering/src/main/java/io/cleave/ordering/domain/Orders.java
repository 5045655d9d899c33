package io.cleave.ordering.domain;

import java.time.Instant;
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

    /** The orders of the customer who signs in as {@code owner}, newest first. */
    Page<Order> ofOwner(String owner, PageRequest request);

    /** A customer's orders if they belong to {@code owner}, newest first. */
    Page<Order> ofCustomerAndOwner(CustomerRef customer, String owner, PageRequest request);

    /** A customer's orders that are neither confirmed nor cancelled. */
    List<Order> openOrdersOf(CustomerRef customer);

    /** Open orders whose deadline has passed, oldest deadline first, at most {@code limit}. */
    List<Order> overdue(Instant now, int limit);

    /** The order this customer placed with this idempotency key, if any. */
    Optional<Order> byIdempotencyKey(CustomerRef customer, String key);

    void add(Order order);

    /** Makes {@code owner} the owner of every order of the customer. @return how many orders changed */
    int assignOwner(CustomerRef customer, String owner);

    /**
     * Stores a new order under its customer's idempotency key.
     *
     * @throws IdempotencyKeyUsedException if another order of the customer holds the key
     */
    void add(Order order, String idempotencyKey);

    /** Stores a changed order. Fails if it was changed since it was read. */
    void update(Order order);
}

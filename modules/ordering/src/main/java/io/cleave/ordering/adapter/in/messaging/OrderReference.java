package io.cleave.ordering.adapter.in.messaging;

import java.util.Optional;
import java.util.UUID;

import io.cleave.ordering.domain.OrderId;

/** Participants speak of a neutral reference; for ordering's requests it is the order id. */
final class OrderReference {

    private OrderReference() {
    }

    /** The order a reference names, or empty if it is not an order id (someone else's request). */
    static Optional<OrderId> parse(String reference) {
        try {
            return Optional.of(new OrderId(UUID.fromString(reference)));
        } catch (IllegalArgumentException notAnOrderId) {
            return Optional.empty();
        }
    }
}

package io.cleave.ordering.domain;

import io.cleave.kernel.NotFoundException;

public class OrderNotFoundException extends NotFoundException {

    public OrderNotFoundException(OrderId id) {
        super("No order with id " + id);
    }
}

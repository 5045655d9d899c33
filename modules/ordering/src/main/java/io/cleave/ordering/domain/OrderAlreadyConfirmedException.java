package io.cleave.ordering.domain;

import io.cleave.kernel.BusinessRuleException;

public class OrderAlreadyConfirmedException extends BusinessRuleException {

    public OrderAlreadyConfirmedException(OrderId id) {
        super("Order " + id + " is confirmed and can no longer be cancelled");
    }
}

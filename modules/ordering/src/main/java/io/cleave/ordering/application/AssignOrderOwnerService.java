package io.cleave.ordering.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.ordering.application.port.in.AssignOrderOwner;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Orders;

@Service
class AssignOrderOwnerService implements AssignOrderOwner {

    private final Orders orders;

    AssignOrderOwnerService(Orders orders) {
        this.orders = orders;
    }

    @Override
    @Transactional
    public int assign(CustomerRef customer, String owner) {
        return orders.assignOwner(customer, owner);
    }
}

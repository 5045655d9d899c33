package io.cleave.ordering.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;
import io.cleave.ordering.domain.OrderNotFoundException;
import io.cleave.ordering.domain.Orders;

@Service
@Transactional(readOnly = true)
class FindOrdersService implements FindOrders {

    private final Orders orders;

    FindOrdersService(Orders orders) {
        this.orders = orders;
    }

    @Override
    public Order byId(OrderId id) {
        return orders.byId(id).orElseThrow(() -> new OrderNotFoundException(id));
    }

    @Override
    public Page<Order> ofCustomer(CustomerRef customer, PageRequest request) {
        return orders.ofCustomer(customer, request);
    }
}

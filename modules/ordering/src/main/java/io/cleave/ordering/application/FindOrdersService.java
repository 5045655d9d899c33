package io.cleave.ordering.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.kernel.Caller;
import io.cleave.kernel.InvalidValueException;
import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;
import io.cleave.ordering.application.port.in.FindOrders;
import io.cleave.ordering.application.port.out.OrderPayment;
import io.cleave.ordering.application.port.out.OrderPayments;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;
import io.cleave.ordering.domain.OrderNotFoundException;
import io.cleave.ordering.domain.Orders;

@Service
@Transactional(readOnly = true)
class FindOrdersService implements FindOrders {

    private final Orders orders;
    private final OrderPayments payments;

    FindOrdersService(Orders orders, OrderPayments payments) {
        this.orders = orders;
        this.payments = payments;
    }

    @Override
    public Order byId(OrderId id, Caller caller) {
        return orders.byId(id)
                .filter(order -> order.isVisibleTo(caller))
                .orElseThrow(() -> new OrderNotFoundException(id));
    }

    @Override
    public Page<Order> list(CustomerRef customer, Caller caller, PageRequest request) {
        if (caller.isStaff()) {
            if (customer == null) {
                throw new InvalidValueException("customerId", "must name the customer whose orders to list");
            }
            return orders.ofCustomer(customer, request);
        }
        return customer == null
                ? orders.ofOwner(caller.subject(), request)
                : orders.ofCustomerAndOwner(customer, caller.subject(), request);
    }

    @Override
    public OrderPayment paymentOf(OrderId id, Caller caller) {
        Order order = byId(id, caller);
        return payments.paymentOf(order.id()).orElseThrow(() -> new OrderPaymentNotFoundException(order.id()));
    }
}

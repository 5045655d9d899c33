package io.cleave.ordering.adapter.in.messaging;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.cleave.customer.api.CustomerDeactivated;
import io.cleave.customer.api.CustomerSubjectBound;
import io.cleave.ordering.application.port.in.AssignOrderOwner;
import io.cleave.ordering.application.port.in.CancelCustomerOrders;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.CustomerRef;

/** What ordering does when something happens to a customer. */
@Component
class CustomerEvents {

    private final CancelCustomerOrders cancelCustomerOrders;
    private final AssignOrderOwner assignOrderOwner;

    CustomerEvents(CancelCustomerOrders cancelCustomerOrders, AssignOrderOwner assignOrderOwner) {
        this.cancelCustomerOrders = cancelCustomerOrders;
        this.assignOrderOwner = assignOrderOwner;
    }

    /** A deactivated customer's open orders are cancelled. Delivered twice, the second delivery finds none open. */
    @ApplicationModuleListener
    void on(CustomerDeactivated event) {
        cancelCustomerOrders.cancelOpenOrders(new CustomerRef(event.customerId()), CancellationReason.CUSTOMER_DEACTIVATED);
    }

    /** A customer bound to a subject later sees the orders placed for them before. */
    @ApplicationModuleListener
    void on(CustomerSubjectBound event) {
        assignOrderOwner.assign(new CustomerRef(event.customerId()), event.subject());
    }
}

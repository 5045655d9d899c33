package io.cleave.customer.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.customer.application.port.in.DeactivateCustomer;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.CustomerNotFoundException;
import io.cleave.customer.domain.Customers;

@Service
class DeactivateCustomerService implements DeactivateCustomer {

    private final Customers customers;
    private final CustomerEventPublisher events;

    DeactivateCustomerService(Customers customers, CustomerEventPublisher events) {
        this.customers = customers;
        this.events = events;
    }

    @Override
    @Transactional
    public Customer deactivate(CustomerId customerId) {
        Customer customer = customers.byId(customerId).orElseThrow(() -> new CustomerNotFoundException(customerId));
        if (customer.deactivate()) {
            customers.update(customer);
            events.publishRecorded(customer); // CustomerDeactivated
        }
        return customer;
    }
}

package io.cleave.customer.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.customer.application.port.in.BindSubject;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.CustomerNotFoundException;
import io.cleave.customer.domain.Customers;
import io.cleave.customer.domain.SubjectAlreadyRegisteredException;

@Service
class BindSubjectService implements BindSubject {

    private final Customers customers;
    private final CustomerEventPublisher events;

    BindSubjectService(Customers customers, CustomerEventPublisher events) {
        this.customers = customers;
        this.events = events;
    }

    @Override
    @Transactional
    public Customer bind(CustomerId customerId, String subject) {
        Customer customer = customers.byId(customerId).orElseThrow(() -> new CustomerNotFoundException(customerId));
        if (customer.bindSubject(subject)) {
            if (customers.bySubject(subject).isPresent()) {
                throw new SubjectAlreadyRegisteredException();
            }
            customers.update(customer);
            events.publishRecorded(customer); // CustomerSubjectBound
        }
        return customer;
    }
}

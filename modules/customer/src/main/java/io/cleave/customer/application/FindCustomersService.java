package io.cleave.customer.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.customer.application.port.in.FindCustomers;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.CustomerNotFoundException;
import io.cleave.customer.domain.Customers;
import io.cleave.kernel.Caller;

@Service
@Transactional(readOnly = true)
class FindCustomersService implements FindCustomers {

    private final Customers customers;

    FindCustomersService(Customers customers) {
        this.customers = customers;
    }

    @Override
    public Customer byId(CustomerId id, Caller caller) {
        return customers.byId(id)
                .filter(customer -> customer.isVisibleTo(caller))
                .orElseThrow(() -> new CustomerNotFoundException(id));
    }

    @Override
    public Customer of(Caller caller) {
        return customers.bySubject(caller.subject()).orElseThrow(CustomerNotFoundException::forCaller);
    }
}

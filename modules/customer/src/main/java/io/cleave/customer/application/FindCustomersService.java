package io.cleave.customer.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.CustomerNotFoundException;
import io.cleave.customer.domain.Customers;

@Service
@Transactional(readOnly = true)
class FindCustomersService implements FindCustomers {

    private final Customers customers;

    FindCustomersService(Customers customers) {
        this.customers = customers;
    }

    @Override
    public Customer byId(CustomerId id) {
        return customers.byId(id).orElseThrow(() -> new CustomerNotFoundException(id));
    }
}

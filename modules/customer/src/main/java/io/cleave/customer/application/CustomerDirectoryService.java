package io.cleave.customer.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.customer.api.CustomerDirectory;
import io.cleave.customer.api.CustomerStatus;
import io.cleave.customer.api.CustomerSummary;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.Customers;

/** Customer's answer to other contexts' queries (its published facade). */
@Service
@Transactional(readOnly = true)
class CustomerDirectoryService implements CustomerDirectory {

    private final Customers customers;

    CustomerDirectoryService(Customers customers) {
        this.customers = customers;
    }

    @Override
    public Optional<CustomerSummary> customerById(UUID customerId) {
        return customers.byId(new CustomerId(customerId)).map(CustomerDirectoryService::summary);
    }

    @Override
    public Optional<CustomerSummary> customerBySubject(String subject) {
        return customers.bySubject(subject).map(CustomerDirectoryService::summary);
    }

    private static CustomerSummary summary(Customer customer) {
        return new CustomerSummary(customer.id().value(), customer.name(),
                customer.isActive() ? CustomerStatus.ACTIVE : CustomerStatus.DEACTIVATED, customer.subject().orElse(null));
    }
}

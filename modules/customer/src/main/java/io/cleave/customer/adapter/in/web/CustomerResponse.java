package io.cleave.customer.adapter.in.web;

import java.util.UUID;

import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerStatus;

record CustomerResponse(UUID id, String email, String name, AddressJson shippingAddress, CustomerStatus status,
        String subject) {

    static CustomerResponse of(Customer customer) {
        return new CustomerResponse(customer.id().value(), customer.email().value(), customer.name(),
                AddressJson.of(customer.shippingAddress()), customer.status(), customer.subject().orElse(null));
    }
}

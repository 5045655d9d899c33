package io.cleave.customer.adapter.out.persistence;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.cleave.customer.domain.CountryCode;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.CustomerStatus;
import io.cleave.customer.domain.EmailAddress;
import io.cleave.customer.domain.ShippingAddress;

/** One row of {@code customer.customer}; the domain never sees it. */
@Table(schema = "customer", name = "customer")
record CustomerRow(@Id UUID id, String email, String name, String street, String city, String postalCode,
        String country, String status, String subject, @Version Long version) {

    static CustomerRow of(Customer customer) {
        ShippingAddress address = customer.shippingAddress();
        return new CustomerRow(customer.id().value(), customer.email().value(), customer.name(), address.street(),
                address.city(), address.postalCode(), address.country().value(), customer.status().name(),
                customer.subject().orElse(null), customer.version());
    }

    /** A row not yet stored: Spring Data JDBC assigns its first version on insert. */
    CustomerRow withoutVersion() {
        return new CustomerRow(id, email, name, street, city, postalCode, country, status, subject, null);
    }

    Customer toCustomer() {
        return Customer.restore(new CustomerId(id), new EmailAddress(email), name,
                new ShippingAddress(street, city, postalCode, new CountryCode(country)), CustomerStatus.valueOf(status),
                subject, version);
    }
}

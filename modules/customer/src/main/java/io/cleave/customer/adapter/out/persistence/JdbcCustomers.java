package io.cleave.customer.adapter.out.persistence;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.Customers;
import io.cleave.customer.domain.EmailAddress;
import io.cleave.customer.domain.EmailAlreadyRegisteredException;
import io.cleave.customer.domain.SubjectAlreadyRegisteredException;

@Component
class JdbcCustomers implements Customers {

    private final CustomerRows rows;
    private final JdbcAggregateTemplate jdbc;

    JdbcCustomers(CustomerRows rows, JdbcAggregateTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Customer> byId(CustomerId id) {
        return rows.findById(id.value()).map(CustomerRow::toCustomer);
    }

    @Override
    public Optional<Customer> byEmail(EmailAddress email) {
        return rows.findByEmail(email.value()).map(CustomerRow::toCustomer);
    }

    @Override
    public Optional<Customer> bySubject(String subject) {
        return rows.findBySubject(subject).map(CustomerRow::toCustomer);
    }

    @Override
    public void add(Customer customer) {
        try {
            // insert, not save: the id is assigned by the domain, so save would try an UPDATE
            jdbc.insert(CustomerRow.of(customer).withoutVersion());
        } catch (DuplicateKeyException e) {
            // two unique columns: the driver's message names the constraint that was hit
            if (String.valueOf(e.getMessage()).contains("customer_subject_unique")) {
                throw new SubjectAlreadyRegisteredException();
            }
            throw new EmailAlreadyRegisteredException(customer.email());
        }
    }

    @Override
    public void update(Customer customer) {
        try {
            jdbc.update(CustomerRow.of(customer));
        } catch (DuplicateKeyException e) {
            throw new SubjectAlreadyRegisteredException(); // bound concurrently to a subject another customer took
        }
    }
}

package io.cleave.customer.domain;

import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/** All customers. */
@Repository
public interface Customers {

    Optional<Customer> byId(CustomerId id);

    Optional<Customer> byEmail(EmailAddress email);

    /** The customer who signs in as this subject. */
    Optional<Customer> bySubject(String subject);

    /** Stores a new customer. @throws EmailAlreadyRegisteredException if the address is taken, SubjectAlreadyRegisteredException if the subject is */
    void add(Customer customer);

    /** Stores a changed customer. Fails if it was changed since it was read. */
    void update(Customer customer);
}

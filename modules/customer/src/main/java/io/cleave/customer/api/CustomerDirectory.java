package io.cleave.customer.api;

import java.util.Optional;
import java.util.UUID;

/**
 * What other contexts may ask customer, synchronously. Implemented inside customer; in a process
 * where customer is remote, the HTTP adapter supplies an implementation instead.
 */
public interface CustomerDirectory {

    Optional<CustomerSummary> customerById(UUID customerId);

    /** The customer who signs in as this subject. */
    Optional<CustomerSummary> customerBySubject(String subject);
}

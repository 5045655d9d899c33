package io.cleave.ordering.application.port.out;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

import io.cleave.ordering.domain.CustomerRef;

/** What ordering needs to know about a customer: whether they exist, may order, and who they sign in as. */
@SecondaryPort
public interface CustomerStandings {

    /** The customer's standing, or empty if there is no such customer. */
    Optional<CustomerStanding> of(CustomerRef customer);

    /** The standing of the customer who signs in as this subject, or empty if they have not registered. */
    Optional<CustomerStanding> ofSubject(String subject);
}

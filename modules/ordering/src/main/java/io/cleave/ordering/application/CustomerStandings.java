package io.cleave.ordering.application;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

import io.cleave.ordering.domain.CustomerRef;

/** What ordering needs to know about a customer: whether they exist and may order. */
@SecondaryPort
public interface CustomerStandings {

    /** The customer's standing, or empty if there is no such customer. */
    Optional<CustomerStanding> of(CustomerRef customer);
}

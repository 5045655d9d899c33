package io.cleave.ordering.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.ordering.domain.CustomerRef;

/**
 * A customer now signs in as a subject: every order of theirs, placed before too, becomes theirs to
 * see. Safe to repeat.
 */
@PrimaryPort
public interface AssignOrderOwner {

    /** @return how many orders this call gave the owner */
    int assign(CustomerRef customer, String owner);
}

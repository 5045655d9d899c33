package io.cleave.customer.domain;

import io.cleave.kernel.ConflictException;

/** One customer per subject: whoever signs in as it already has one. */
public class SubjectAlreadyRegisteredException extends ConflictException {

    public SubjectAlreadyRegisteredException() {
        super("A customer is already registered for this subject");
    }
}

package io.cleave.customer.domain;

import io.cleave.kernel.ConflictException;

public class EmailAlreadyRegisteredException extends ConflictException {

    public EmailAlreadyRegisteredException(EmailAddress email) {
        super("A customer with e-mail address " + email + " is already registered");
    }
}

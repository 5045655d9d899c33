package io.cleave.customer.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

import io.cleave.kernel.InvalidValueException;

/**
 * An e-mail address, kept in lower case: two customers whose addresses differ only in case are the
 * same person. The check is deliberately shallow (one '@', a dot in the domain); only a mail
 * delivered proves an address.
 */
@ValueObject
public record EmailAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("email", "must be an e-mail address such as ada@example.com");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

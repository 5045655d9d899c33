package io.cleave.catalog.domain;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

import io.cleave.kernel.InvalidValueException;

/** A stock keeping unit: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit. */
@ValueObject
public record Sku(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Sku {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("sku",
                    "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

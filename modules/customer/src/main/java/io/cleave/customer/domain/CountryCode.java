package io.cleave.customer.domain;

import java.util.Locale;
import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;

import io.cleave.kernel.InvalidValueException;

/** An ISO 3166-1 alpha-2 country code, such as DE or FR, held in upper case. */
@ValueObject
public record CountryCode(String value) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(code)) {
            throw new InvalidValueException("shippingAddress.country",
                    "must be an ISO 3166-1 alpha-2 country code such as DE");
        }
        value = code;
    }

    @Override
    public String toString() {
        return value;
    }
}

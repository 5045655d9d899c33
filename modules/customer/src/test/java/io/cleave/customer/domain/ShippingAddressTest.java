package io.cleave.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.cleave.kernel.InvalidValueException;

class ShippingAddressTest {

    @Test
    void countryCodesAreIsoAlpha2InUpperCase() {
        assertThat(new CountryCode("fr").value()).isEqualTo("FR");
        assertThatThrownBy(() -> new CountryCode("XX")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CountryCode("DEU")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CountryCode(null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).contains("shippingAddress.country"));
    }

    @Test
    void everyPartIsRequiredAndTrimmed() {
        assertThat(new ShippingAddress(" 1 Main St ", "Berlin", "10115", new CountryCode("DE")).street())
                .isEqualTo("1 Main St");
        assertThatThrownBy(() -> new ShippingAddress("1 Main St", " ", "10115", new CountryCode("DE")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).contains("shippingAddress.city"));
    }
}

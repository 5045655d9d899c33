package io.cleave.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.cleave.kernel.InvalidValueException;

class EmailAddressTest {

    @Test
    void isKeptInLowerCaseWithoutSurroundingSpace() {
        assertThat(new EmailAddress("  Ada.Lovelace@Example.COM ").value()).isEqualTo("ada.lovelace@example.com");
        assertThat(new EmailAddress("ADA@example.com")).isEqualTo(new EmailAddress("ada@EXAMPLE.com"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "ada", "ada@", "@example.com", "ada@example", "a da@example.com", "ada@@example.com" })
    void rejectsWhatCannotBeAnAddress(String value) {
        assertThatThrownBy(() -> new EmailAddress(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("email"));
    }
}

package io.cleave.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.cleave.kernel.InvalidValueException;

class SkuTest {

    @ParameterizedTest
    @ValueSource(strings = { "A", "mug-01", "TEE_BLK.XL", "0123456789" })
    void acceptsWellFormedSkus(String value) {
        assertThat(new Sku(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", " A", "-A", "A B", "A/B", "ÄÖ" })
    void rejectsMalformedSkus(String value) {
        assertThatThrownBy(() -> new Sku(value)).isInstanceOf(InvalidValueException.class);
    }

    @org.junit.jupiter.api.Test
    void limitsTheLengthTo64() {
        assertThat(new Sku("A".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new Sku("A".repeat(65))).isInstanceOf(InvalidValueException.class);
    }
}

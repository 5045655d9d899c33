package io.cleave.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void cannotBeNegative() {
        assertThatThrownBy(() -> Quantity.of(-1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Quantity.of(2).minus(Quantity.of(3))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void addsAndSubtracts() {
        assertThat(Quantity.of(2).plus(Quantity.of(3))).isEqualTo(Quantity.of(5));
        assertThat(Quantity.of(5).minus(Quantity.of(5))).isEqualTo(Quantity.ZERO);
        assertThat(Quantity.ZERO.isPositive()).isFalse();
    }
}

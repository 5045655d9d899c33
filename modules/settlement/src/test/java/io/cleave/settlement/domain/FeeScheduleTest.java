package io.cleave.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.cleave.kernel.Money;

class FeeScheduleTest {

    @Test
    void roundsTheExactFeeHalfEvenToTheCurrencysScale() {
        FeeSchedule fees = new FeeSchedule(new BigDecimal("0.029"));

        assertThat(fees.feeOn(Money.of("100.50", "EUR"))).isEqualTo(Money.of("2.91", "EUR")); // 2.9145
        assertThat(fees.feeOn(Money.of("0.00", "EUR"))).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void breaksTiesTowardsTheEvenNeighbour() {
        FeeSchedule half = new FeeSchedule(new BigDecimal("0.5"));

        assertThat(half.feeOn(Money.of("0.05", "EUR"))).isEqualTo(Money.of("0.02", "EUR")); // 0.025
        assertThat(half.feeOn(Money.of("0.07", "EUR"))).isEqualTo(Money.of("0.04", "EUR")); // 0.035
        assertThat(half.feeOn(Money.of("5", "JPY"))).isEqualTo(Money.of("2", "JPY")); // 2.5
    }

    @Test
    void aRateLiesBetweenZeroAndOne() {
        assertThatThrownBy(() -> new FeeSchedule(new BigDecimal("-0.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeSchedule(new BigDecimal("1.01"))).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.cleave.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void holdsTheAmountAtTheCurrencysScale() {
        assertThat(Money.of("12.5", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.of("7", "JPY").amount()).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void rejectsMoreFractionDigitsThanTheCurrencyAllows() {
        assertThatThrownBy(() -> Money.of("12.505", "EUR"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 2 fraction digits");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void acceptsTrailingZerosBeyondTheScale() {
        assertThat(Money.of("12.500", "EUR")).isEqualTo(Money.of("12.50", "EUR"));
    }

    @Test
    void rejectsUnknownCurrencyCodes() {
        assertThatThrownBy(() -> Money.of("1", "EURO")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("EURO");
    }

    @Test
    void addsSubtractsAndMultipliesExactly() {
        Money price = Money.of("0.10", "EUR");
        assertThat(price.times(3)).isEqualTo(Money.of("0.30", "EUR"));
        assertThat(price.plus(Money.of("0.20", "EUR"))).isEqualTo(Money.of("0.30", "EUR"));
        assertThat(price.minus(Money.of("0.20", "EUR")).isNegative()).isTrue();
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void equalAmountsAtDifferentInputScalesAreEqual() {
        assertThat(new Money(new BigDecimal("3"), Money.currencyOf("EUR")))
                .isEqualTo(Money.of("3.00", "EUR"))
                .hasToString("3.00 EUR");
    }
}

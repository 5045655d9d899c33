package io.cleave.settlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

import io.cleave.kernel.Money;

/**
 * The provider's fee: a rate on a day's gross. This is the one place where settlement rounds:
 * the exact product is rounded HALF_EVEN (banker's rounding) to the currency's scale, once per
 * settlement, never per payment.
 */
@ValueObject
public record FeeSchedule(BigDecimal rate) {

    public FeeSchedule {
        Objects.requireNonNull(rate, "rate must not be null");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a fee rate is between 0 and 1, got " + rate);
        }
    }

    public Money feeOn(Money gross) {
        BigDecimal fee = gross.amount().multiply(rate)
                .setScale(gross.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        return new Money(fee, gross.currency());
    }
}

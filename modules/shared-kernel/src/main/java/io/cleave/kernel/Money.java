package io.cleave.kernel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An amount in one currency, always held at the currency's own scale (2 for EUR, 0 for JPY).
 * An amount with more significant fraction digits than the currency allows is rejected rather than
 * rounded: rounding happens only where a calculation states it.
 */
@ValueObject
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        int allowed = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > allowed) {
            throw new InvalidValueException(
                    "%s allows at most %d fraction digits, got %s".formatted(currency, allowed, amount.toPlainString()));
        }
        amount = amount.setScale(allowed);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), currencyOf(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The ISO 4217 currency with this code; an unknown code is an invalid value. */
    public static Currency currencyOf(String code) {
        Objects.requireNonNull(code, "currency must not be null");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("unknown currency code '%s'".formatted(code));
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidValueException("cannot combine %s with %s".formatted(currency, other.currency));
        }
        return other;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}

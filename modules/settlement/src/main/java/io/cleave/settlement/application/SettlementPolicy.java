package io.cleave.settlement.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

import io.cleave.settlement.domain.FeeSchedule;

/** Which calendar makes business days, what the provider charges, and the currency read by default. */
public record SettlementPolicy(ZoneId zone, FeeSchedule fees, Currency defaultCurrency) {

    public SettlementPolicy {
        Objects.requireNonNull(zone, "zone must not be null");
        Objects.requireNonNull(fees, "fees must not be null");
        Objects.requireNonNull(defaultCurrency, "default currency must not be null");
    }

    public Currency currencyOrDefault(Currency currency) {
        return currency == null ? defaultCurrency : currency;
    }

    public LocalDate businessDateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}

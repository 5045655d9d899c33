package io.cleave.ordering.domain;

import java.util.Currency;

import io.cleave.kernel.BusinessRuleException;

public class MixedCurrenciesException extends BusinessRuleException {

    public MixedCurrenciesException(Currency first, Currency other) {
        super("An order is priced in one currency; its products are priced in %s and %s".formatted(first, other));
    }
}

package io.cleave.ordering.application;

import java.util.Collection;

import io.cleave.kernel.BusinessRuleException;

public class ProductsNotOrderableException extends BusinessRuleException {

    ProductsNotOrderableException(Collection<String> skus) {
        super("These SKUs are unknown or retired and cannot be ordered: " + String.join(", ", skus));
    }
}

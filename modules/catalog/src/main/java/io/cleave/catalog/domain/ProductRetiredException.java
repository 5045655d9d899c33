package io.cleave.catalog.domain;

import io.cleave.kernel.BusinessRuleException;

public class ProductRetiredException extends BusinessRuleException {

    public ProductRetiredException(ProductId id) {
        super("Product " + id + " is retired; its price can no longer change");
    }
}

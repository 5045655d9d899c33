package io.cleave.catalog.domain;

import io.cleave.kernel.ConflictException;

public class SkuAlreadyRegisteredException extends ConflictException {

    public SkuAlreadyRegisteredException(Sku sku) {
        super("A product with SKU " + sku + " is already registered");
    }
}

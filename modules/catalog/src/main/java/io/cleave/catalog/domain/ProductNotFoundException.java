package io.cleave.catalog.domain;

import io.cleave.kernel.NotFoundException;

public class ProductNotFoundException extends NotFoundException {

    public ProductNotFoundException(ProductId id) {
        super("No product with id " + id);
    }
}

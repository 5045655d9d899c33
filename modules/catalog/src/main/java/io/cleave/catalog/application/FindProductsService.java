package io.cleave.catalog.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.catalog.application.port.in.FindProducts;
import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductId;
import io.cleave.catalog.domain.ProductNotFoundException;
import io.cleave.catalog.domain.Products;
import io.cleave.catalog.domain.Sku;
import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;

@Service
@Transactional(readOnly = true)
class FindProductsService implements FindProducts {

    private final Products products;

    FindProductsService(Products products) {
        this.products = products;
    }

    @Override
    public Product byId(ProductId id) {
        return products.byId(id).orElseThrow(() -> new ProductNotFoundException(id));
    }

    @Override
    public Optional<Product> bySku(Sku sku) {
        return products.bySku(sku);
    }

    @Override
    public Page<Product> all(PageRequest request) {
        return products.all(request);
    }
}

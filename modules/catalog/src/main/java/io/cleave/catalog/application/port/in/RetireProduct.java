package io.cleave.catalog.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductId;

/** Takes a product off sale and announces it with {@code ProductRetired}; retiring twice is harmless. */
@PrimaryPort
public interface RetireProduct {

    Product retire(ProductId productId);
}

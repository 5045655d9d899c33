package io.cleave.catalog.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.Sku;
import io.cleave.kernel.Money;

/** Adds a product to the catalog and announces it with {@code ProductRegistered}. */
@PrimaryPort
public interface RegisterProduct {

    Product register(Command command);

    record Command(Sku sku, String name, Money price) {
    }
}

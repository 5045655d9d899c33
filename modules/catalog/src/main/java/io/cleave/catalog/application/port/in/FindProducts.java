package io.cleave.catalog.application.port.in;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductId;
import io.cleave.catalog.domain.Sku;
import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;

/** Reads the catalog. */
@PrimaryPort
public interface FindProducts {

    /** @throws io.cleave.catalog.domain.ProductNotFoundException if there is none */
    Product byId(ProductId id);

    Optional<Product> bySku(Sku sku);

    Page<Product> all(PageRequest request);
}

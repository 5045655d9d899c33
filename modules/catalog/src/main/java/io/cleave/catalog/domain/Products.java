package io.cleave.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;

/** All products of the catalog. */
@Repository
public interface Products {

    Optional<Product> byId(ProductId id);

    Optional<Product> bySku(Sku sku);

    /** The products with these SKUs, in one read; unknown SKUs are simply absent. */
    List<Product> bySkus(Collection<Sku> skus);

    /** Products ordered by SKU. */
    Page<Product> all(PageRequest request);

    /** Stores a new product. @throws SkuAlreadyRegisteredException if its SKU is taken */
    void add(Product product);

    /** Stores a changed product. Fails if it was changed since it was read. */
    void update(Product product);
}

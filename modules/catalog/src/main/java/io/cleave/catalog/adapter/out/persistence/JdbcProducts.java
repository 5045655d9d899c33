package io.cleave.catalog.adapter.out.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductId;
import io.cleave.catalog.domain.Products;
import io.cleave.catalog.domain.Sku;
import io.cleave.catalog.domain.SkuAlreadyRegisteredException;
import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;

@Component
class JdbcProducts implements Products {

    private final ProductRows rows;
    private final JdbcAggregateTemplate jdbc;

    JdbcProducts(ProductRows rows, JdbcAggregateTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Product> byId(ProductId id) {
        return rows.findById(id.value()).map(ProductRow::toProduct);
    }

    @Override
    public Optional<Product> bySku(Sku sku) {
        return rows.findBySku(sku.value()).map(ProductRow::toProduct);
    }

    @Override
    public List<Product> bySkus(Collection<Sku> skus) {
        return rows.findBySkuIn(skus.stream().map(Sku::value).toList()).stream().map(ProductRow::toProduct).toList();
    }

    @Override
    public Page<Product> all(PageRequest request) {
        var page = rows.findAll(org.springframework.data.domain.PageRequest.of(request.number(), request.size(),
                Sort.by("sku")));
        return Page.of(page.map(ProductRow::toProduct).getContent(), request, page.getTotalElements());
    }

    @Override
    public void add(Product product) {
        try {
            // insert, not save: the id is assigned by the domain, so save would try an UPDATE
            jdbc.insert(ProductRow.of(product).withoutVersion());
        } catch (DuplicateKeyException e) {
            throw new SkuAlreadyRegisteredException(product.sku());
        }
    }

    @Override
    public void update(Product product) {
        jdbc.update(ProductRow.of(product));
    }
}

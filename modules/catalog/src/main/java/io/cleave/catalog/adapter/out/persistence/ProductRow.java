package io.cleave.catalog.adapter.out.persistence;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductId;
import io.cleave.catalog.domain.ProductStatus;
import io.cleave.catalog.domain.Sku;
import io.cleave.kernel.Money;

/** One row of {@code catalog.product}; the domain never sees it. */
@Table(schema = "catalog", name = "product")
record ProductRow(@Id UUID id, String sku, String name, BigDecimal priceAmount, String priceCurrency, String status,
        @Version Long version) {

    static ProductRow of(Product product) {
        return new ProductRow(product.id().value(), product.sku().value(), product.name(), product.price().amount(),
                product.price().currency().getCurrencyCode(), product.status().name(), product.version());
    }

    /** A row not yet stored: Spring Data JDBC assigns its first version on insert. */
    ProductRow withoutVersion() {
        return new ProductRow(id, sku, name, priceAmount, priceCurrency, status, null);
    }

    Product toProduct() {
        return Product.restore(new ProductId(id), new Sku(sku), name, new Money(priceAmount, Money.currencyOf(priceCurrency)),
                ProductStatus.valueOf(status), version);
    }
}

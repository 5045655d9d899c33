package io.cleave.catalog.domain;

import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.cleave.kernel.InvalidValueException;
import io.cleave.kernel.Money;
import io.cleave.kernel.RecordedEvents;
import io.cleave.kernel.Text;

/**
 * A product in the catalog: a SKU, a name and a price. A retired product keeps its data but its
 * price is frozen.
 */
@AggregateRoot
public class Product {

    static final int MAX_NAME_LENGTH = 200;

    @Identity
    private final ProductId id;
    private final Sku sku;
    private final String name;
    private Money price;
    private ProductStatus status;
    /** Optimistic concurrency: the version this aggregate was read at (0 before it is first stored). */
    private final long version;
    private final RecordedEvents<ProductEvent> events = new RecordedEvents<>();

    private Product(ProductId id, Sku sku, String name, Money price, ProductStatus status, long version) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.sku = Objects.requireNonNull(sku, "sku must not be null");
        this.name = Text.required("name", name, MAX_NAME_LENGTH);
        this.price = validPrice(price);
        this.status = Objects.requireNonNull(status, "status must not be null");
        this.version = version;
    }

    public static Product register(ProductId id, Sku sku, String name, Money price) {
        Product product = new Product(id, sku, name, price, ProductStatus.ACTIVE, 0);
        product.events.record(new ProductEvent.Registered(id));
        return product;
    }

    /** Rebuilds a product from storage. */
    public static Product restore(ProductId id, Sku sku, String name, Money price, ProductStatus status, long version) {
        return new Product(id, sku, name, price, status, version);
    }

    /**
     * Sets a new price.
     *
     * @return whether the price changed (the same price again changes nothing)
     * @throws ProductRetiredException if the product is retired
     */
    public boolean changePrice(Money newPrice) {
        if (status == ProductStatus.RETIRED) {
            throw new ProductRetiredException(id);
        }
        if (price.equals(validPrice(newPrice))) {
            return false;
        }
        events.record(new ProductEvent.PriceChanged(id, price));
        price = newPrice;
        return true;
    }

    /**
     * Takes the product off sale.
     *
     * @return whether it was on sale until now (retiring twice changes nothing)
     */
    public boolean retire() {
        if (status == ProductStatus.RETIRED) {
            return false;
        }
        status = ProductStatus.RETIRED;
        events.record(new ProductEvent.Retired(id));
        return true;
    }

    /** What happened to it since it was made or read, oldest first. */
    public List<ProductEvent> domainEvents() {
        return events.list();
    }

    /** The recorded events are published: forget them. */
    public void clearDomainEvents() {
        events.clear();
    }

    public boolean isAvailable() {
        return status == ProductStatus.ACTIVE;
    }

    public ProductId id() {
        return id;
    }

    public Sku sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public Money price() {
        return price;
    }

    public ProductStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    private static Money validPrice(Money price) {
        Objects.requireNonNull(price, "price must not be null");
        if (price.isNegative()) {
            throw new InvalidValueException("price", "must not be negative");
        }
        return price;
    }
}

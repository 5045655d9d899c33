package io.cleave.inventory.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.cleave.kernel.Quantity;

/**
 * The stock of one SKU: what is on hand, and how much of it is held for reservations. What is
 * available is the difference; it is never negative, so stock is never oversold.
 */
@AggregateRoot
public class StockItem {

    @Identity
    private final String sku;
    private Quantity onHand;
    private Quantity reserved;
    /** Optimistic concurrency: the version this aggregate was read at (0 before it is first stored). */
    private final long version;

    private StockItem(String sku, Quantity onHand, Quantity reserved, long version) {
        this.sku = Objects.requireNonNull(sku, "sku must not be null");
        this.onHand = Objects.requireNonNull(onHand, "on hand must not be null");
        this.reserved = Objects.requireNonNull(reserved, "reserved must not be null");
        if (reserved.compareTo(onHand) > 0) {
            throw new IllegalArgumentException("cannot hold more than is on hand for " + sku);
        }
        this.version = version;
    }

    /** A SKU with nothing in stock yet. */
    public static StockItem empty(String sku) {
        return new StockItem(sku, Quantity.ZERO, Quantity.ZERO, 0);
    }

    /** Rebuilds a stock item from storage. */
    public static StockItem restore(String sku, Quantity onHand, Quantity reserved, long version) {
        return new StockItem(sku, onHand, reserved, version);
    }

    /** Goods arrived. */
    public void receive(Quantity quantity) {
        onHand = onHand.plus(quantity);
    }

    public boolean canReserve(Quantity quantity) {
        return available().compareTo(quantity) >= 0;
    }

    /** Holds a quantity; the caller has checked {@link #canReserve}. */
    public void reserve(Quantity quantity) {
        if (!canReserve(quantity)) {
            throw new IllegalStateException("only %s of %s available, cannot hold %s".formatted(available(), sku, quantity));
        }
        reserved = reserved.plus(quantity);
    }

    /** Makes a held quantity available again. */
    public void release(Quantity quantity) {
        reserved = reserved.minus(quantity);
    }

    /** A held quantity leaves the warehouse. */
    public void commit(Quantity quantity) {
        reserved = reserved.minus(quantity);
        onHand = onHand.minus(quantity);
    }

    public Quantity available() {
        return onHand.minus(reserved);
    }

    public String sku() {
        return sku;
    }

    public Quantity onHand() {
        return onHand;
    }

    public Quantity reserved() {
        return reserved;
    }

    public long version() {
        return version;
    }
}

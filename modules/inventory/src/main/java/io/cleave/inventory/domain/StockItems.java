package io.cleave.inventory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/** The stock of every SKU. */
@Repository
public interface StockItems {

    Optional<StockItem> bySku(String sku);

    /**
     * The items of these SKUs, locked against concurrent change until the transaction ends. Locks
     * are taken in SKU order, so two reservations never wait for each other.
     */
    List<StockItem> lockAll(Collection<String> skus);

    /** Stores a new item unless the SKU has one already. */
    void addIfAbsent(StockItem item);

    void update(StockItem item);
}

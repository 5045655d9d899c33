package io.cleave.inventory.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.cleave.inventory.domain.StockItem;
import io.cleave.kernel.Quantity;

/** One row of {@code inventory.stock_item}; the domain never sees it. */
@Table(schema = "inventory", name = "stock_item")
record StockItemRow(@Id String sku, int onHand, int reserved, @Version Long version) {

    static StockItemRow of(StockItem item) {
        return new StockItemRow(item.sku(), item.onHand().value(), item.reserved().value(), item.version());
    }

    StockItem toStockItem() {
        return StockItem.restore(sku, Quantity.of(onHand), Quantity.of(reserved), version);
    }
}

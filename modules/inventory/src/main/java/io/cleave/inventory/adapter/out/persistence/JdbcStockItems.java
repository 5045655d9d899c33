package io.cleave.inventory.adapter.out.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cleave.inventory.domain.StockItem;
import io.cleave.inventory.domain.StockItems;

@Component
class JdbcStockItems implements StockItems {

    private final StockItemRows rows;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient sql;

    JdbcStockItems(StockItemRows rows, JdbcAggregateTemplate aggregates, JdbcClient sql) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.sql = sql;
    }

    @Override
    public Optional<StockItem> bySku(String sku) {
        return rows.findById(sku).map(StockItemRow::toStockItem);
    }

    @Override
    public List<StockItem> lockAll(Collection<String> skus) {
        return rows.findBySkuInOrderBySku(skus).stream().map(StockItemRow::toStockItem).toList();
    }

    @Override
    public void addIfAbsent(StockItem item) {
        // A product registered twice (a redelivered event) must not fail or reset its stock.
        sql.sql("insert into inventory.stock_item (sku, on_hand, reserved, version) values (:sku, 0, 0, 0)"
                        + " on conflict (sku) do nothing")
                .param("sku", item.sku())
                .update();
    }

    @Override
    public void update(StockItem item) {
        aggregates.update(StockItemRow.of(item));
    }
}

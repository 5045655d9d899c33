package io.cleave.inventory.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.inventory.application.port.in.ReceiveStock;
import io.cleave.inventory.domain.StockItem;
import io.cleave.inventory.domain.StockItemNotFoundException;
import io.cleave.inventory.domain.StockItems;
import io.cleave.kernel.Quantity;

@Service
class ReceiveStockService implements ReceiveStock {

    private final StockItems stock;

    ReceiveStockService(StockItems stock) {
        this.stock = stock;
    }

    @Override
    @Transactional
    public StockItem receive(String sku, Quantity quantity) {
        StockItem item = stock.lockAll(List.of(sku)).stream().findFirst()
                .orElseThrow(() -> new StockItemNotFoundException(sku));
        item.receive(quantity);
        stock.update(item);
        return item;
    }
}

package io.cleave.inventory.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.inventory.application.port.in.FindStock;
import io.cleave.inventory.domain.StockItem;
import io.cleave.inventory.domain.StockItemNotFoundException;
import io.cleave.inventory.domain.StockItems;

@Service
@Transactional(readOnly = true)
class FindStockService implements FindStock {

    private final StockItems stock;

    FindStockService(StockItems stock) {
        this.stock = stock;
    }

    @Override
    public StockItem bySku(String sku) {
        return stock.bySku(sku).orElseThrow(() -> new StockItemNotFoundException(sku));
    }
}

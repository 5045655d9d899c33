package io.cleave.inventory.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.inventory.application.port.in.TrackNewProducts;
import io.cleave.inventory.domain.StockItem;
import io.cleave.inventory.domain.StockItems;

@Service
class TrackNewProductsService implements TrackNewProducts {

    private final StockItems stock;

    TrackNewProductsService(StockItems stock) {
        this.stock = stock;
    }

    @Override
    @Transactional
    public void track(String sku) {
        stock.addIfAbsent(StockItem.empty(sku));
    }
}

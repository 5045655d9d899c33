package io.cleave.inventory.adapter.in.web;

import io.cleave.inventory.domain.StockItem;

record StockResponse(String sku, int onHand, int reserved, int available) {

    static StockResponse of(StockItem item) {
        return new StockResponse(item.sku(), item.onHand().value(), item.reserved().value(), item.available().value());
    }
}

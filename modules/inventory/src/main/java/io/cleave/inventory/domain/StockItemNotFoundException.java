package io.cleave.inventory.domain;

import io.cleave.kernel.NotFoundException;

public class StockItemNotFoundException extends NotFoundException {

    public StockItemNotFoundException(String sku) {
        super("No stock item for SKU " + sku + " (stock items exist for products registered in the catalog)");
    }
}

package io.cleave.inventory.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.inventory.domain.StockItem;
import io.cleave.kernel.Quantity;

/** Goods arrived for a SKU: its stock on hand grows. */
@PrimaryPort
public interface ReceiveStock {

    /** @throws io.cleave.inventory.domain.StockItemNotFoundException if catalog never registered the SKU */
    StockItem receive(String sku, Quantity quantity);
}

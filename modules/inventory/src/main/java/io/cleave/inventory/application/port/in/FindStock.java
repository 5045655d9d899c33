package io.cleave.inventory.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.inventory.domain.StockItem;

/** Reads stock levels. */
@PrimaryPort
public interface FindStock {

    /** @throws io.cleave.inventory.domain.StockItemNotFoundException if there is none */
    StockItem bySku(String sku);
}

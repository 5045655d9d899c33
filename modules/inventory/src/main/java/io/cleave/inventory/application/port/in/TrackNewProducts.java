package io.cleave.inventory.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;


/** A product was registered in the catalog: inventory starts tracking its SKU, at zero. Safe to repeat. */
@PrimaryPort
public interface TrackNewProducts {

    void track(String sku);
}

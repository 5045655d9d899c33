package io.cleave.inventory.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.inventory.api.CommitStock;
import io.cleave.inventory.api.ReleaseStock;
import io.cleave.inventory.api.ReserveStock;

/**
 * The commands inventory accepts. Each is handled once per reference, however often it is
 * delivered, and answered with inventory's events in the same transaction.
 */
@PrimaryPort
public interface HandleStockCommands {

    void reserve(ReserveStock command);

    void release(ReleaseStock command);

    void commit(CommitStock command);
}

package io.cleave.inventory.adapter.in.messaging;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.cleave.inventory.api.CommitStock;
import io.cleave.inventory.api.ReleaseStock;
import io.cleave.inventory.api.ReserveStock;
import io.cleave.inventory.application.port.in.HandleStockCommands;

/** Receives the commands inventory accepts, from whoever sends them. */
@Component
class StockCommands {

    private final HandleStockCommands handle;

    StockCommands(HandleStockCommands handle) {
        this.handle = handle;
    }

    @ApplicationModuleListener
    void on(ReserveStock command) {
        handle.reserve(command);
    }

    @ApplicationModuleListener
    void on(ReleaseStock command) {
        handle.release(command);
    }

    @ApplicationModuleListener
    void on(CommitStock command) {
        handle.commit(command);
    }
}

package io.cleave.inventory.adapter.in.messaging;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.cleave.catalog.api.ProductRegistered;
import io.cleave.inventory.application.port.in.TrackNewProducts;

/** What inventory does when something happens in the catalog. */
@Component
class CatalogEvents {

    private final TrackNewProducts trackNewProducts;

    CatalogEvents(TrackNewProducts trackNewProducts) {
        this.trackNewProducts = trackNewProducts;
    }

    @ApplicationModuleListener
    void on(ProductRegistered event) {
        trackNewProducts.track(event.sku());
    }
}

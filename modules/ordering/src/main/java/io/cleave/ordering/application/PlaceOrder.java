package io.cleave.ordering.application;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.kernel.Quantity;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;

/**
 * Places an order for an active customer at catalog's current prices, stores it PENDING and
 * announces it with {@code OrderPlaced}.
 */
@PrimaryPort
public interface PlaceOrder {

    Order place(Command command);

    record Command(CustomerRef customer, List<Line> lines) {

        public record Line(String sku, Quantity quantity) {
        }
    }
}

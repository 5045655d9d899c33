package io.cleave.ordering.application;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.kernel.Quantity;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;

/**
 * Places an order for an active customer at catalog's current prices, stores it PENDING, starts
 * the order saga and announces it with {@code OrderPlaced}. With an idempotency key, placing again
 * under the same key answers the order placed first and places nothing.
 */
@PrimaryPort
public interface PlaceOrder {

    Placement place(Command command);

    /** @param idempotencyKey the client's key for this placement, or null */
    record Command(CustomerRef customer, List<Line> lines, String idempotencyKey) {

        public Command(CustomerRef customer, List<Line> lines) {
            this(customer, lines, null);
        }

        public record Line(String sku, Quantity quantity) {
        }
    }

    /** The order, and whether this call placed it (false: placed before under the same key). */
    record Placement(Order order, boolean placedNow) {
    }
}

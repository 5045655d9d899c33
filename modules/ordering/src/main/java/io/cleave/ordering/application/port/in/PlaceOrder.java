package io.cleave.ordering.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.kernel.Caller;
import io.cleave.kernel.Quantity;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;

/**
 * Places an order for an active customer at catalog's current prices, stores it PENDING, starts
 * the order saga and announces it with {@code OrderPlaced}. A customer orders for themselves (the
 * customer may be left out); staff order for the customer they name. With an idempotency key,
 * placing again under the same key for the same customer answers the order placed first and
 * places nothing.
 */
@PrimaryPort
public interface PlaceOrder {

    /**
     * @throws io.cleave.kernel.ForbiddenException if a customer orders for another customer
     * @throws io.cleave.kernel.InvalidValueException if staff name no customer
     */
    Placement place(Command command);

    /**
     * @param customer whom the order is for, or null: the calling customer
     * @param idempotencyKey the client's key for this placement, or null
     */
    record Command(Caller caller, CustomerRef customer, List<Line> lines, String idempotencyKey) {

        public Command(Caller caller, CustomerRef customer, List<Line> lines) {
            this(caller, customer, lines, null);
        }

        public record Line(String sku, Quantity quantity) {
        }
    }

    /** The order, and whether this call placed it (false: placed before under the same key). */
    record Placement(Order order, boolean placedNow) {
    }
}

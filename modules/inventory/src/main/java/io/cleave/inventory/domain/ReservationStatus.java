package io.cleave.inventory.domain;

public enum ReservationStatus {
    /** The stock is held. */
    HELD,
    /** Nothing was held: some SKU was short, or the reference had been released already. */
    REJECTED,
    /** What was held is available again (or, released before it came, nothing will ever be held). */
    RELEASED,
    /** What was held has left the warehouse. Final. */
    COMMITTED
}

package io.cleave.ordering.application.port.out;

import io.cleave.ordering.domain.CustomerRef;

/**
 * What ordering knows of a customer when an order is placed.
 *
 * @param subject the subject the customer signs in as, or null: the owner of their orders
 */
public record CustomerStanding(CustomerRef customer, boolean mayOrder, String subject) {
}

package io.cleave.customer.api;

import java.util.UUID;

/**
 * A customer as other contexts see it.
 *
 * @param subject the identity provider's subject the customer signs in as, or null if none is bound
 */
public record CustomerSummary(UUID customerId, String name, CustomerStatus status, String subject) {
}

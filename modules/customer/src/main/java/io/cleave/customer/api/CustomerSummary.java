package io.cleave.customer.api;

import java.util.UUID;

/** A customer as other contexts see it. */
public record CustomerSummary(UUID customerId, String name, CustomerStatus status) {
}

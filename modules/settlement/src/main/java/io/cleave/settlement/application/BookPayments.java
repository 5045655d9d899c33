package io.cleave.settlement.application;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.kernel.Money;

/**
 * Books a payment's capture or refund on the settlement of the business day it happened, or on the
 * next open day if that one is closed. Each capture and each refund is booked once.
 */
@PrimaryPort
public interface BookPayments {

    void captured(UUID paymentId, Money amount, Instant at);

    void refunded(UUID paymentId, Money amount, Instant at);
}

package io.cleave.settlement.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.payment.api.PaymentCaptured;
import io.cleave.payment.api.PaymentRefunded;

/**
 * Books a payment's capture or refund on the settlement of the business day it happened, or on the
 * next open day if that one is closed. Each capture and each refund is booked once.
 */
@PrimaryPort
public interface BookPayments {

    void captured(PaymentCaptured capture);

    void refunded(PaymentRefunded refund);
}

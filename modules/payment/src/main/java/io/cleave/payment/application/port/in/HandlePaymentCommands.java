package io.cleave.payment.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.payment.api.ChargePayment;
import io.cleave.payment.api.RefundPayment;

/** The commands payment accepts; each reference is charged at most once and refunded at most once. */
@PrimaryPort
public interface HandlePaymentCommands {

    void charge(ChargePayment command);

    void refund(RefundPayment command);
}

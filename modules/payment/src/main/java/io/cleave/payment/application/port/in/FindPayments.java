package io.cleave.payment.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.payment.domain.Payment;

/** Reads payments. */
@PrimaryPort
public interface FindPayments {

    /** The payments made for a reference: none, or the one. */
    List<Payment> byReference(String reference);
}

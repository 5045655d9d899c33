/**
 * Payment: charges and refunds through a payment provider. It accepts {@code ChargePayment} and
 * {@code RefundPayment} for a neutral reference and answers with events; a reference is charged at
 * most once, whatever is redelivered. Other contexts read a reference's payment through its
 * {@code PaymentLedger} facade.
 */
@ApplicationModule(displayName = "Payment", allowedDependencies = { "kernel" })
package io.cleave.payment;

import org.springframework.modulith.ApplicationModule;

package io.cleave.payment.adapter.in.messaging;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.cleave.payment.api.ChargePayment;
import io.cleave.payment.api.RefundPayment;
import io.cleave.payment.application.port.in.HandlePaymentCommands;

/** Receives the commands payment accepts, from whoever sends them. */
@Component
class PaymentCommands {

    private final HandlePaymentCommands handle;

    PaymentCommands(HandlePaymentCommands handle) {
        this.handle = handle;
    }

    @ApplicationModuleListener
    void on(ChargePayment command) {
        handle.charge(command);
    }

    @ApplicationModuleListener
    void on(RefundPayment command) {
        handle.refund(command);
    }
}

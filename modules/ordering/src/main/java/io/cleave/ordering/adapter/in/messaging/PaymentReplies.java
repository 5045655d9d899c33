package io.cleave.ordering.adapter.in.messaging;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.cleave.ordering.application.port.in.OrderSaga;
import io.cleave.payment.api.PaymentCaptured;
import io.cleave.payment.api.PaymentDeclined;

/** Payment's answers to the saga's second step. The reference is the order id. */
@Component
class PaymentReplies {

    private final OrderSaga saga;

    PaymentReplies(OrderSaga saga) {
        this.saga = saga;
    }

    @ApplicationModuleListener
    void on(PaymentCaptured event) {
        OrderReference.parse(event.reference()).ifPresent(saga::paymentCaptured);
    }

    @ApplicationModuleListener
    void on(PaymentDeclined event) {
        OrderReference.parse(event.reference()).ifPresent(saga::paymentDeclined);
    }
}

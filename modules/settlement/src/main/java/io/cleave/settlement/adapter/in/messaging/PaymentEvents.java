package io.cleave.settlement.adapter.in.messaging;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.cleave.payment.api.PaymentCaptured;
import io.cleave.payment.api.PaymentRefunded;
import io.cleave.settlement.application.port.in.BookPayments;

/** Every capture and refund payment announces is booked on a day's settlement. */
@Component
class PaymentEvents {

    private final BookPayments bookPayments;

    PaymentEvents(BookPayments bookPayments) {
        this.bookPayments = bookPayments;
    }

    @ApplicationModuleListener
    void on(PaymentCaptured event) {
        bookPayments.captured(event);
    }

    @ApplicationModuleListener
    void on(PaymentRefunded event) {
        bookPayments.refunded(event);
    }
}

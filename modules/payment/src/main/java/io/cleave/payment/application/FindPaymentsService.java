package io.cleave.payment.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.payment.application.port.in.FindPayments;
import io.cleave.payment.domain.Payment;
import io.cleave.payment.domain.Payments;

@Service
@Transactional(readOnly = true)
class FindPaymentsService implements FindPayments {

    private final Payments payments;

    FindPaymentsService(Payments payments) {
        this.payments = payments;
    }

    @Override
    public List<Payment> byReference(String reference) {
        return payments.byReference(reference).stream().toList();
    }
}

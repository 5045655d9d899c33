package io.cleave.payment.adapter.in.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.cleave.payment.application.port.in.FindPayments;

@RestController
@RequestMapping("/api/payments")
class PaymentController {

    private final FindPayments findPayments;

    PaymentController(FindPayments findPayments) {
        this.findPayments = findPayments;
    }

    /** The payments of a reference (an order id, for orders): none, or the one. */
    @GetMapping
    List<PaymentResponse> byReference(@RequestParam @NotBlank String reference) {
        return findPayments.byReference(reference).stream().map(PaymentResponse::of).toList();
    }
}

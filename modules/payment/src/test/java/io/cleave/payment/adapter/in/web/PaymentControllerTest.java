package io.cleave.payment.adapter.in.web;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.cleave.kernel.Money;
import io.cleave.payment.application.port.in.FindPayments;
import io.cleave.payment.domain.Payment;
import io.cleave.payment.domain.PaymentId;
import io.cleave.platform.WebProblemsAutoConfiguration;

/**
 * The payment controller's mapping on its own, with the use case stubbed: a reference's payments
 * as a list (empty, not 404, when there are none); a missing or blank reference is 400 naming it
 * and reaches no use case.
 */
@WebMvcTest
@Import(PaymentController.class)
@ImportAutoConfiguration(WebProblemsAutoConfiguration.class)
class PaymentControllerTest {

    static final String PAYMENTS = "/api/payments";

    @Autowired MockMvc http;
    @MockitoBean FindPayments findPayments;

    @Test
    void aReferencesPaymentsAreAListEmptyWhenThereAreNone() throws Exception {
        when(findPayments.byReference("order-1")).thenReturn(List.of(Payment.declined(PaymentId.random(), "order-1",
                Money.of("19.60", "EUR"), "card expired", Instant.parse("2026-12-01T10:00:00Z"))));
        when(findPayments.byReference("order-2")).thenReturn(List.of());

        http.perform(get(PAYMENTS).param("reference", "order-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("DECLINED"))
                .andExpect(jsonPath("$[0].declineReason").value("card expired"))
                .andExpect(jsonPath("$[0].amount.amount").value("19.60"));
        http.perform(get(PAYMENTS).param("reference", "order-2"))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void aMissingOrBlankReferenceIs400NamingIt() throws Exception {
        http.perform(get(PAYMENTS))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get(PAYMENTS).param("reference", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reference"));
        verifyNoInteractions(findPayments);
    }
}

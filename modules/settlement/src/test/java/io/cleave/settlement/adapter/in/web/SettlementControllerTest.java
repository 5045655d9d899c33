package io.cleave.settlement.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Currency;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.cleave.kernel.BusinessRuleException;
import io.cleave.kernel.Money;
import io.cleave.platform.WebProblemsAutoConfiguration;
import io.cleave.settlement.application.SettlementStatement;
import io.cleave.settlement.application.port.in.CloseSettlement;
import io.cleave.settlement.application.port.in.FindSettlements;
import io.cleave.settlement.domain.SettlementStatus;

/**
 * The settlement controller's mapping on its own, with the use cases stubbed: a day's figures in
 * the currency asked for, or the configured one when none is; a date that is not ISO or a currency
 * that is not ISO 4217 is 400 naming it and reaches no use case; closing a day not over is 422.
 */
@WebMvcTest
@Import(SettlementController.class)
@ImportAutoConfiguration(WebProblemsAutoConfiguration.class)
class SettlementControllerTest {

    static final String SETTLEMENTS = "/api/settlements";
    static final LocalDate DAY = LocalDate.parse("2026-11-29");

    @Autowired MockMvc http;
    @MockitoBean FindSettlements findSettlements;
    @MockitoBean CloseSettlement closeSettlement;

    @Test
    void aDaysFiguresInTheCurrencyAskedForOrTheConfiguredOne() throws Exception {
        when(findSettlements.of(DAY, Currency.getInstance("USD"))).thenReturn(statement("USD"));
        when(findSettlements.of(DAY, null)).thenReturn(statement("EUR"));

        http.perform(get(SETTLEMENTS + "/2026-11-29").param("currency", "USD"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gross.currency").value("USD"))
                .andExpect(jsonPath("$.net.amount").value("97.00"))
                .andExpect(jsonPath("$.status").value("OPEN"));
        http.perform(get(SETTLEMENTS + "/2026-11-29"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gross.currency").value("EUR"));
    }

    @Test
    void aDateOrCurrencyThatIsNotIsoIs400NamingItAndReachesNoUseCase() throws Exception {
        http.perform(get(SETTLEMENTS + "/29.11.2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        http.perform(post(SETTLEMENTS + "/2026-11-29/close").param("currency", "EURO"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("currency")));
        verifyNoInteractions(findSettlements, closeSettlement);
    }

    @Test
    void closingADayNotOverIs422() throws Exception {
        when(closeSettlement.close(any(), any())).thenThrow(new BusinessRuleException("2099-01-01 is not over yet") {
        });

        http.perform(post(SETTLEMENTS + "/2099-01-01/close"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("2099-01-01 is not over yet"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("io.cleave"))));
    }

    private static SettlementStatement statement(String currency) {
        return new SettlementStatement(DAY, Money.of("100.00", currency), Money.of("0.00", currency),
                Money.of("3.00", currency), Money.of("97.00", currency), SettlementStatus.OPEN);
    }
}

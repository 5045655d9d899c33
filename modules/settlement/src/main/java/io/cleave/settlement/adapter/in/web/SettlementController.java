package io.cleave.settlement.adapter.in.web;

import java.time.LocalDate;
import java.util.Currency;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.cleave.kernel.Money;
import io.cleave.settlement.application.port.in.CloseSettlement;
import io.cleave.settlement.application.port.in.FindSettlements;

@RestController
@RequestMapping("/api/settlements")
class SettlementController {

    private final FindSettlements findSettlements;
    private final CloseSettlement closeSettlement;

    SettlementController(FindSettlements findSettlements, CloseSettlement closeSettlement) {
        this.findSettlements = findSettlements;
        this.closeSettlement = closeSettlement;
    }

    /** A business day's figures ({@code date} as 2026-11-29), in {@code currency} or the configured one. */
    @GetMapping("/{date}")
    SettlementResponse of(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String currency) {
        return SettlementResponse.of(findSettlements.of(date, currencyOrNull(currency)));
    }

    /** Closes the day: its figures become final; later payments count towards the next open day. */
    @PostMapping("/{date}/close")
    SettlementResponse close(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String currency) {
        return SettlementResponse.of(closeSettlement.close(date, currencyOrNull(currency)));
    }

    /** The currency asked for; null lets settlement use its configured one. */
    private static Currency currencyOrNull(String code) {
        return code == null ? null : Money.currencyOf(code);
    }
}

package io.cleave.settlement.application.port.in;

import java.time.LocalDate;
import java.util.Currency;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.settlement.application.SettlementStatement;


/** Closes a business day's settlement and announces its figures with {@code SettlementClosed}; closing twice is harmless. */
@PrimaryPort
public interface CloseSettlement {

    /**
     * @param currency the currency, or null for the configured default
     * @throws DayNotOverException if the day lies in the future
     */
    SettlementStatement close(LocalDate date, Currency currency);
}

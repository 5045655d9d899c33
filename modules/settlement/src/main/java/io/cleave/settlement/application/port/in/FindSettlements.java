package io.cleave.settlement.application.port.in;

import java.time.LocalDate;
import java.util.Currency;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.settlement.application.SettlementStatement;


/** Reads a day's figures. */
@PrimaryPort
public interface FindSettlements {

    /**
     * The day's statement; a day without payments reads as an open settlement of zeros.
     *
     * @param currency the currency, or null for the configured default
     */
    SettlementStatement of(LocalDate date, Currency currency);
}

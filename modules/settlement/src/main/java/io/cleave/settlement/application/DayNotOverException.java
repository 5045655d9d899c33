package io.cleave.settlement.application;

import java.time.LocalDate;

import io.cleave.kernel.BusinessRuleException;

public class DayNotOverException extends BusinessRuleException {

    DayNotOverException(LocalDate date) {
        super("The business day " + date + " has not begun yet and cannot be closed");
    }
}

package io.cleave.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.cleave.kernel.Money;

class SettlementTest {

    private final FeeSchedule fees = new FeeSchedule(new BigDecimal("0.029"));
    private final Settlement day = Settlement.open(SettlementId.random(), LocalDate.of(2026, 11, 29),
            Money.currencyOf("EUR"));

    @Test
    void netIsGrossLessRefundsLessFeesOnTheGross() {
        day.recordCapture(Money.of("100.00", "EUR"));
        day.recordCapture(Money.of("0.50", "EUR"));
        day.recordRefund(Money.of("20.00", "EUR"));

        assertThat(day.gross()).isEqualTo(Money.of("100.50", "EUR"));
        assertThat(day.refunds()).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(day.fees(fees)).isEqualTo(Money.of("2.91", "EUR"));
        assertThat(day.net(fees)).isEqualTo(Money.of("77.59", "EUR"));
    }

    @Test
    void aClosedDayTakesNoMorePaymentsAndClosesOnce() {
        Instant at = Instant.parse("2026-11-30T00:05:00Z");

        assertThat(day.close(at)).isTrue();
        assertThat(day.close(at.plusSeconds(60))).isFalse();
        assertThat(day.closedAt()).contains(at);
        assertThatThrownBy(() -> day.recordCapture(Money.of("1.00", "EUR")))
                .isInstanceOf(Settlement.SettlementClosedException.class);
    }

    @Test
    void aDayRecordsItsClosingOnce() {
        assertThat(day.domainEvents()).as("opening a day is no event").isEmpty();

        day.close(Instant.parse("2026-11-30T00:05:00Z"));
        day.close(Instant.parse("2026-11-30T00:06:00Z"));

        assertThat(day.domainEvents()).containsExactly(new SettlementEvent.Closed(day.id()));
    }
}

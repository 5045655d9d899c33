package io.cleave.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import io.cleave.kernel.Money;
import io.cleave.payment.api.PaymentCaptured;
import io.cleave.payment.api.PaymentRefunded;
import io.cleave.settlement.api.SettlementClosed;
import io.cleave.settlement.application.DayNotOverException;
import io.cleave.settlement.application.SettlementStatement;
import io.cleave.settlement.application.port.in.CloseSettlement;
import io.cleave.settlement.application.port.in.FindSettlements;
import io.cleave.settlement.domain.SettlementStatus;

/**
 * Settlement on its own, on a real PostgreSQL, fed with payment's events. Each test uses its own
 * currency, so that the days it books are its own.
 */
@ApplicationModuleTest
@Import(SettlementModuleTests.Closed.class)
class SettlementModuleTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    @Autowired FindSettlements findSettlements;
    @Autowired CloseSettlement closeSettlement;
    @Autowired Closed closed;
    @Autowired CompletedEventPublications completedPublications;

    @Test
    void capturesAndRefundsAreBookedOnTheirBusinessDayOnceEach(Scenario scenario) {
        String currency = "USD";
        UUID paymentId = UUID.randomUUID();
        var captured = new PaymentCaptured(UUID.randomUUID(), "r", paymentId, Money.of("100.50", currency), at(DAY, "23:59:59"));
        var refunded = new PaymentRefunded(UUID.randomUUID(), "r", paymentId, Money.of("20.00", currency), at(DAY, "12:00:00"));

        for (Object event : List.of(captured, captured, refunded, refunded)) {
            scenario.publish(() -> event).andWaitForStateChange(() -> true);
        }

        scenario.stimulate(() -> null)
                .andWaitForStateChange(() -> completedDeliveriesOf(captured) + completedDeliveriesOf(refunded),
                        deliveries -> deliveries == 4)
                .andVerify(deliveries -> {
                    SettlementStatement statement = statement(DAY, currency);
                    assertThat(statement.gross()).isEqualTo(Money.of("100.50", currency));
                    assertThat(statement.refunds()).isEqualTo(Money.of("20.00", currency));
                    assertThat(statement.fees()).isEqualTo(Money.of("2.91", currency));
                    assertThat(statement.net()).isEqualTo(Money.of("77.59", currency));
                    assertThat(statement.status()).isEqualTo(SettlementStatus.OPEN);
                    assertThat(statement(DAY.plusDays(1), currency).gross().isZero()).as("23:59:59 UTC is still the day")
                            .isTrue();
                });
    }

    /** How many deliveries of this very event to settlement's listener have completed. */
    private long completedDeliveriesOf(Object event) {
        return completedPublications.findAll().stream().filter(publication -> event.equals(publication.getEvent())).count();
    }

    @Test
    void closingADayAnnouncesItsFiguresAndLateCapturesGoToTheNextOpenDay(Scenario scenario) {
        String currency = "GBP";
        scenario.publish(() -> new PaymentCaptured(UUID.randomUUID(), "r", UUID.randomUUID(), Money.of("10.00", currency),
                        at(DAY, "10:00:00")))
                .andWaitForStateChange(() -> statement(DAY, currency).gross(), gross -> !gross.isZero());

        SettlementStatement statement = closeSettlement.close(DAY, Money.currencyOf(currency));
        closeSettlement.close(DAY, Money.currencyOf(currency));

        assertThat(statement.status()).isEqualTo(SettlementStatus.CLOSED);
        assertThat(closed.of(DAY, currency)).singleElement().satisfies(event -> {
            assertThat(event.gross()).isEqualTo(Money.of("10.00", currency));
            assertThat(event.net()).isEqualTo(Money.of("9.71", currency));
        });

        scenario.publish(() -> new PaymentCaptured(UUID.randomUUID(), "r", UUID.randomUUID(), Money.of("5.00", currency),
                        at(DAY, "11:00:00")))
                .andWaitForStateChange(() -> statement(DAY.plusDays(1), currency).gross(), gross -> !gross.isZero())
                .andVerify(gross -> {
                    assertThat(gross).isEqualTo(Money.of("5.00", currency));
                    assertThat(statement(DAY, currency).gross()).isEqualTo(Money.of("10.00", currency));
                });
    }

    @Test
    void aDayThatHasNotBegunCannotBeClosed() {
        assertThatThrownBy(() -> closeSettlement.close(LocalDate.now().plusDays(2), null))
                .isInstanceOf(DayNotOverException.class);
    }

    @Test
    void aDayWithoutPaymentsReadsAsZeros() {
        SettlementStatement statement = findSettlements.of(LocalDate.of(2001, 1, 1), null);

        assertThat(statement.gross()).isEqualTo(Money.of("0", "EUR"));
        assertThat(statement.net()).isEqualTo(Money.of("0", "EUR"));
        assertThat(statement.status()).isEqualTo(SettlementStatus.OPEN);
    }

    private SettlementStatement statement(LocalDate date, String currency) {
        return findSettlements.of(date, Money.currencyOf(currency));
    }

    private static Instant at(LocalDate date, String time) {
        return Instant.parse(date + "T" + time + "Z");
    }

    /** Every SettlementClosed published. */
    static class Closed {

        final List<SettlementClosed> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(SettlementClosed event) {
            events.add(event);
        }

        List<SettlementClosed> of(LocalDate date, String currency) {
            return events.stream()
                    .filter(event -> event.businessDate().equals(date) && event.gross().currency().getCurrencyCode().equals(currency))
                    .toList();
        }
    }
}

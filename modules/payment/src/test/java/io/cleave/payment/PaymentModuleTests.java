package io.cleave.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import io.cleave.kernel.Money;
import io.cleave.payment.api.ChargePayment;
import io.cleave.payment.api.PaymentCaptured;
import io.cleave.payment.api.PaymentDeclined;
import io.cleave.payment.api.PaymentRefunded;
import io.cleave.payment.api.RefundPayment;
import io.cleave.payment.application.port.in.FindPayments;
import io.cleave.payment.application.port.in.HandlePaymentCommands;
import io.cleave.payment.domain.PaymentStatus;

/** Payment on its own, on a real PostgreSQL, with the simulated provider. */
@ApplicationModuleTest
@Import(PaymentModuleTests.Recorded.class)
class PaymentModuleTests {

    @Autowired HandlePaymentCommands handle;
    @Autowired FindPayments findPayments;
    @Autowired Recorded recorded;

    @Test
    void aChargeIsCaptured(Scenario scenario) {
        String reference = UUID.randomUUID().toString();

        scenario.stimulate(() -> handle.charge(charge(reference, "99.90")))
                .andWaitForEventOfType(PaymentCaptured.class)
                .matching(event -> event.reference().equals(reference))
                .toArriveAndVerify(event -> assertThat(event.amount()).isEqualTo(Money.of("99.90", "EUR")));

        assertThat(findPayments.byReference(reference)).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED));
    }

    @Test
    void aChargeAboveTheLimitIsDeclined(Scenario scenario) {
        String reference = UUID.randomUUID().toString();

        scenario.stimulate(() -> handle.charge(charge(reference, "1000.01")))
                .andWaitForEventOfType(PaymentDeclined.class)
                .matching(event -> event.reference().equals(reference))
                .toArriveAndVerify(event -> assertThat(event.reason()).contains("1000.00"));
    }

    @Test
    void aChargeDeliveredTenTimesAtOnceChargesOnce() throws Exception {
        String reference = UUID.randomUUID().toString();
        ChargePayment command = charge(reference, "10.00");

        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<?>> deliveries = IntStream.range(0, 10)
                    .<Future<?>>mapToObj(i -> pool.submit(() -> handle.charge(command)))
                    .toList();
            for (Future<?> delivery : deliveries) {
                delivery.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(findPayments.byReference(reference)).hasSize(1);
        assertThat(recorded.capturesOf(reference)).isEqualTo(1);
    }

    @Test
    void aCaptureIsRefundedOnceAndAnUnchargedReferenceNotAtAll(Scenario scenario) {
        String reference = UUID.randomUUID().toString();
        handle.charge(charge(reference, "20.00"));

        scenario.stimulate(() -> handle.refund(new RefundPayment(UUID.randomUUID(), reference)))
                .andWaitForEventOfType(PaymentRefunded.class)
                .matching(event -> event.reference().equals(reference))
                .toArriveAndVerify(event -> assertThat(event.amount()).isEqualTo(Money.of("20.00", "EUR")));
        handle.refund(new RefundPayment(UUID.randomUUID(), reference));
        String neverCharged = UUID.randomUUID().toString();
        handle.refund(new RefundPayment(UUID.randomUUID(), neverCharged));

        assertThat(recorded.refundsOf(reference)).isEqualTo(1);
        assertThat(recorded.refundsOf(neverCharged)).isZero();
        assertThat(findPayments.byReference(neverCharged)).isEmpty();
        assertThat(findPayments.byReference(reference)).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED));
    }

    private static ChargePayment charge(String reference, String amount) {
        return new ChargePayment(UUID.randomUUID(), reference, Money.of(amount, "EUR"));
    }

    /** Every capture and refund payment publishes, as it is published. */
    static class Recorded {

        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(PaymentCaptured event) {
            events.add(event);
        }

        @EventListener
        void on(PaymentRefunded event) {
            events.add(event);
        }

        long capturesOf(String reference) {
            return events.stream().filter(e -> e instanceof PaymentCaptured c && c.reference().equals(reference)).count();
        }

        long refundsOf(String reference) {
            return events.stream().filter(e -> e instanceof PaymentRefunded r && r.reference().equals(reference)).count();
        }
    }
}

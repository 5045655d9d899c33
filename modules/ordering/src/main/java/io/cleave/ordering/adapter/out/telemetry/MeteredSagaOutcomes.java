package io.cleave.ordering.adapter.out.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.cleave.ordering.application.port.out.SagaOutcomes;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.Order;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The saga's decisions, once their transaction has committed (a step rolled back decided nothing):
 * <ul>
 * <li>{@value #PLACED}, a counter;</li>
 * <li>{@value #COMPLETED}{@code {outcome="confirmed|cancelled", reason}}, a counter ({@code reason}
 * is the cancellation reason, {@code none} for a confirmation);</li>
 * <li>{@value #DURATION}, a timer with a histogram, from placement to the final state;</li>
 * <li>one INFO line per final state, with the order and the outcome.</li>
 * </ul>
 */
@Component
class MeteredSagaOutcomes implements SagaOutcomes {

    static final String PLACED = "cleave.orders.placed";
    static final String COMPLETED = "cleave.saga.completed";
    static final String DURATION = "cleave.saga.duration";

    private static final Logger log = LoggerFactory.getLogger(MeteredSagaOutcomes.class);

    private final MeterRegistry meters;
    private final Clock clock;
    private final Counter placed;

    MeteredSagaOutcomes(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        this.placed = Counter.builder(PLACED).description("Orders accepted into the saga").register(meters);
    }

    @Override
    public void placed(Order order) {
        afterCommit(placed::increment);
    }

    @Override
    public void ended(Order order) {
        String outcome = order.status().name().toLowerCase(Locale.ROOT);
        String reason = order.cancellationReason().map(CancellationReason::name).orElse("none");
        Duration took = Duration.between(order.placedAt(), clock.instant());
        afterCommit(() -> {
            Counter.builder(COMPLETED).description("Order sagas that reached a final state")
                    .tag("outcome", outcome).tag("reason", reason).register(meters).increment();
            Timer.builder(DURATION).description("From an order's placement to its final state")
                    .tag("outcome", outcome).publishPercentileHistogram().register(meters).record(took);
            if (reason.equals("none")) {
                log.info("Order {} {} after {} ms", order.id().value(), outcome, took.toMillis());
            } else {
                log.info("Order {} {} ({}) after {} ms", order.id().value(), outcome, reason, took.toMillis());
            }
        });
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}

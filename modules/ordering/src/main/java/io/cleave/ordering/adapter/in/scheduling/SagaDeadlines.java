package io.cleave.ordering.adapter.in.scheduling;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.cleave.ordering.SagaSettings;
import io.cleave.ordering.application.port.in.OrderSaga;

/** Looks for orders whose participant has not answered in time, every {@code check-interval}. */
@Component
class SagaDeadlines {

    private final OrderSaga saga;
    private final SagaSettings settings;

    SagaDeadlines(OrderSaga saga, SagaSettings settings) {
        this.saga = saga;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${cleave.ordering.saga.check-interval:5s}")
    void cancelOverdueOrders() {
        while (saga.cancelOverdue(settings.batchSize()) == settings.batchSize()) {
            // a full batch: there may be more
        }
    }
}

package io.cleave.ordering.adapter.in.scheduling;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import io.cleave.ordering.application.OrderSaga;
import io.cleave.ordering.application.SagaPolicy;

/** Looks for orders whose participant has not answered in time, every {@code check-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SagaSettings.class)
class SagaDeadlines {

    private final OrderSaga saga;
    private final SagaSettings settings;

    SagaDeadlines(OrderSaga saga, SagaSettings settings) {
        this.saga = saga;
        this.settings = settings;
    }

    @Bean
    static SagaPolicy sagaPolicy(SagaSettings settings) {
        return new SagaPolicy(settings.stepTimeout());
    }

    @Scheduled(fixedDelayString = "${cleave.ordering.saga.check-interval:5s}")
    void cancelOverdueOrders() {
        while (saga.cancelOverdue(settings.batchSize()) == settings.batchSize()) {
            // a full batch: there may be more
        }
    }
}

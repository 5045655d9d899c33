package io.cleave.ordering;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cleave.ordering.application.SagaPolicy;

/** Ordering's settings ({@code cleave.ordering.*}), handed to the application layer as plain values. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SagaSettings.class)
class OrderingConfiguration {

    @Bean
    SagaPolicy sagaPolicy(SagaSettings settings) {
        return new SagaPolicy(settings.stepTimeout());
    }
}

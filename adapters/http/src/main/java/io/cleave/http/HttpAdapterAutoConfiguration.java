package io.cleave.http;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

import io.cleave.platform.SplitTopology;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Queries across processes, when the topology is split: clients for the remote facades local
 * contexts call ({@link RemoteFacadeBeans}); the endpoint serving this process's facades,
 * {@link FacadeEndpoint}, is a controller under the same condition. Breakers and retries are observable as
 * {@code resilience4j.circuitbreaker.*} and {@code resilience4j.retry.*} metrics, tagged by context.
 */
@AutoConfiguration
@Conditional(SplitTopology.class)
public class HttpAdapterAutoConfiguration {

    @Bean
    static RemoteFacadeBeans cleaveRemoteFacades(Environment environment) {
        return new RemoteFacadeBeans(environment);
    }

    @Bean
    CircuitBreakerRegistry cleaveCircuitBreakers(MeterRegistry meters) {
        var registry = CircuitBreakerRegistry.ofDefaults();
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry;
    }

    @Bean
    RetryRegistry cleaveRetries(MeterRegistry meters) {
        var registry = RetryRegistry.ofDefaults();
        TaggedRetryMetrics.ofRetryRegistry(registry).bindTo(meters);
        return registry;
    }
}

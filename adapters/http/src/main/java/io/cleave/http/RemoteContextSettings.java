package io.cleave.http;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * How to reach one remote context: {@code cleave.topology.remote.<context>.*}. Only {@code url} is
 * required; the defaults suit a service in the same data centre.
 *
 * @param url where the context runs, e.g. {@code http://catalog:8080}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param retry how often a failed query is tried, and the first pause between tries (doubling)
 * @param circuitBreaker when to stop calling a context that keeps failing, and for how long
 * @param sslBundle the Spring Boot SSL bundle whose trust material an {@code https} URL's certificate
 *        is checked against; unset: the JVM's default trust store
 */
record RemoteContextSettings(URI url, @DefaultValue("1s") Duration connectTimeout, @DefaultValue("2s") Duration readTimeout,
        @DefaultValue Retry retry, @DefaultValue CircuitBreaker circuitBreaker, String sslBundle) {

    static RemoteContextSettings of(String context, Environment environment) {
        return Binder.get(environment).bindOrCreate("cleave.topology.remote." + context, RemoteContextSettings.class);
    }

    /**
     * @param maxAttempts tries in all, the first included
     * @param backoff the pause before the second try; each later pause is twice the one before
     */
    record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("100ms") Duration backoff) {
    }

    /**
     * @param failureRateThreshold the percentage of failed calls that opens the breaker
     * @param slidingWindowSize how many recent calls the rate is taken over
     * @param minimumNumberOfCalls how many calls are needed before the rate counts
     * @param waitInOpenState how long the breaker stays open before letting probes through
     * @param permittedCallsInHalfOpenState how many probes decide between closing and opening again
     */
    record CircuitBreaker(@DefaultValue("50") float failureRateThreshold, @DefaultValue("10") int slidingWindowSize,
            @DefaultValue("5") int minimumNumberOfCalls, @DefaultValue("10s") Duration waitInOpenState,
            @DefaultValue("2") int permittedCallsInHalfOpenState) {
    }
}

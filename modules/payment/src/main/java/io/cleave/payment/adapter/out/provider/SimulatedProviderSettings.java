package io.cleave.payment.adapter.out.provider;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the simulated provider behaves ({@code cleave.payment.simulated.*}).
 *
 * @param declineAbove a charge larger than this is declined
 * @param latency how long each call takes
 * @param failureRate share of calls (0 to 1) that fail as if the provider were unreachable
 */
@ConfigurationProperties("cleave.payment.simulated")
record SimulatedProviderSettings(@DefaultValue("1000.00") BigDecimal declineAbove, @DefaultValue("0ms") Duration latency,
        @DefaultValue("0") double failureRate) {

    SimulatedProviderSettings {
        if (failureRate < 0 || failureRate > 1) {
            throw new IllegalArgumentException("cleave.payment.simulated.failure-rate must be between 0 and 1, got " + failureRate);
        }
    }
}

package io.cleave.payment.adapter.out.provider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import io.cleave.kernel.Money;
import io.cleave.payment.application.port.out.PaymentProvider;

/**
 * A stand-in for a payment service provider: declines charges above a limit, takes a configurable
 * time, fails at a configurable rate, and honours the reference as idempotency key like a real
 * provider (in memory, so only within one process).
 */
@Component
@EnableConfigurationProperties(SimulatedProviderSettings.class)
class SimulatedPaymentProvider implements PaymentProvider {

    private final SimulatedProviderSettings settings;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    SimulatedPaymentProvider(SimulatedProviderSettings settings) {
        this.settings = settings;
    }

    @Override
    public Outcome charge(String reference, Money amount) {
        behaveLikeANetworkCall();
        return outcomes.computeIfAbsent(reference, key -> amount.amount().compareTo(settings.declineAbove()) > 0
                ? new Declined("amount above the limit of " + settings.declineAbove().toPlainString())
                : new Captured());
    }

    @Override
    public void refund(String reference, Money amount) {
        behaveLikeANetworkCall();
    }

    private void behaveLikeANetworkCall() {
        if (!settings.latency().isZero()) {
            try {
                Thread.sleep(settings.latency().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProviderUnavailableException("interrupted");
            }
        }
        if (ThreadLocalRandom.current().nextDouble() < settings.failureRate()) {
            throw new ProviderUnavailableException("simulated failure");
        }
    }
}

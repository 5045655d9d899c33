package io.cleave.settlement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cleave.kernel.Money;
import io.cleave.settlement.application.SettlementPolicy;
import io.cleave.settlement.domain.FeeSchedule;

/** Settlement's settings ({@code cleave.settlement.*}), handed to the application layer as plain values. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SettlementSettings.class)
class SettlementConfiguration {

    @Bean
    SettlementPolicy settlementPolicy(SettlementSettings settings) {
        return new SettlementPolicy(settings.zone(), new FeeSchedule(settings.feeRate()),
                Money.currencyOf(settings.currency()));
    }
}

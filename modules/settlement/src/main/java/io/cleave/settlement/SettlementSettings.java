package io.cleave.settlement;

import java.math.BigDecimal;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cleave.settlement.*}.
 *
 * @param zone the time zone whose calendar days are business days
 * @param feeRate the provider's fee, as a share of the day's gross (0.029 is 2.9 %)
 * @param currency the currency a settlement is read in when none is asked for
 */
@ConfigurationProperties("cleave.settlement")
public record SettlementSettings(@DefaultValue("UTC") ZoneId zone, @DefaultValue("0.029") BigDecimal feeRate,
        @DefaultValue("EUR") String currency) {
}

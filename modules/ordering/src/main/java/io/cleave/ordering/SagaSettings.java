package io.cleave.ordering;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cleave.ordering.saga.*}.
 *
 * @param stepTimeout how long an order waits for a participant's reply before it is cancelled as TIMED_OUT
 * @param checkInterval how often overdue orders are looked for
 * @param batchSize how many overdue orders one check cancels at most
 */
@ConfigurationProperties("cleave.ordering.saga")
public record SagaSettings(@DefaultValue("30s") Duration stepTimeout, @DefaultValue("5s") Duration checkInterval,
        @DefaultValue("100") int batchSize) {
}

package io.cleave.platform;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the outbox (Spring Modulith's event publication registry) moving while the process runs.
 * <ul>
 * <li>A publication whose listener failed, or whose process died mid-way, stays incomplete; it is
 * handed to its listener again once it is older than {@code cleave.outbox.resubmit-older-than}
 * (checked every {@code cleave.outbox.resubmit-interval}). Listeners are idempotent, so a
 * publication still in progress elsewhere may safely be delivered twice.</li>
 * <li>Completed publications are archived by the registry and deleted once older than
 * {@code cleave.outbox.keep-completed}.</li>
 * </ul>
 * Incomplete publications are also resubmitted at start-up
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
class OutboxMaintenance {

    private static final Logger log = LoggerFactory.getLogger(OutboxMaintenance.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Duration resubmitOlderThan;
    private final Duration keepCompleted;

    OutboxMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            Duration resubmitOlderThan, Duration keepCompleted) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.resubmitOlderThan = resubmitOlderThan;
        this.keepCompleted = keepCompleted;
    }

    @Scheduled(initialDelayString = "${cleave.outbox.resubmit-interval}", fixedDelayString = "${cleave.outbox.resubmit-interval}")
    void resubmitStalledPublications() {
        incomplete.resubmitIncompletePublicationsOlderThan(resubmitOlderThan);
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void deleteOldCompletedPublications() {
        completed.deletePublicationsOlderThan(keepCompleted);
        log.debug("Deleted completed event publications older than {}", keepCompleted);
    }
}

package io.cleave.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock a test moves forward, so that a deadline passes without waiting for it: standing still at
 * an instant, or running with real time; ahead by what the test added. It ticks in microseconds, as
 * the platform's clock does, so an instant reads back from PostgreSQL exactly.
 */
public final class MovableClock extends Clock {

    private final Instant standingAt;
    private volatile Duration ahead = Duration.ZERO;

    /** Running with real time (the one a Spring context gets by {@code @Import}). */
    public MovableClock() {
        this(null);
    }

    /** Standing still at {@code start} until moved. */
    public MovableClock(Instant start) {
        this.standingAt = start;
    }

    /** @return how far ahead of its start, or of real time, the clock now is */
    public Duration advance(Duration by) {
        ahead = ahead.plus(by);
        return ahead;
    }

    @Override
    public Instant instant() {
        return (standingAt == null ? Instant.now() : standingAt).plus(ahead).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a movable clock is in UTC");
    }
}

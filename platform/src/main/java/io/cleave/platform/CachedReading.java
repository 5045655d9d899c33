package io.cleave.platform;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read at most once per period, however often it is asked for: what a gauge shows when
 * reading it costs a query, so that scrapes and gauges asking together cost one read.
 */
public final class CachedReading<T> implements Supplier<T> {

    private final Duration period;
    private final Supplier<T> read;
    private T last;
    private long readAt;
    private boolean everRead;

    public CachedReading(Duration period, Supplier<T> read) {
        this.period = period;
        this.read = read;
    }

    @Override
    public synchronized T get() {
        if (!everRead || System.nanoTime() - readAt >= period.toNanos()) {
            last = read.get();
            readAt = System.nanoTime();
            everRead = true;
        }
        return last;
    }
}

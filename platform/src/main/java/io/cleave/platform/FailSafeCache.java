package io.cleave.platform;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** One cache of {@link FailSafeCacheManager}: reads and writes survive an outage, evictions report it. */
final class FailSafeCache implements Cache {

    static final String ERRORS = "cleave.cache.errors";

    private static final Logger log = LoggerFactory.getLogger(FailSafeCache.class);

    private final Cache cache;
    private final MeterRegistry meters;
    private final AtomicBoolean failing = new AtomicBoolean();

    FailSafeCache(Cache cache, MeterRegistry meters) {
        this.cache = cache;
        this.meters = meters;
    }

    @Override
    public String getName() {
        return cache.getName();
    }

    @Override
    public Object getNativeCache() {
        return cache.getNativeCache();
    }

    @Override
    public ValueWrapper get(Object key) {
        return orMiss("get", () -> cache.get(key));
    }

    @Override
    public <T> T get(Object key, Class<T> type) {
        return orMiss("get", () -> cache.get(key, type));
    }

    @Override
    public <T> T get(Object key, Callable<T> valueLoader) {
        try {
            T value = cache.get(key, valueLoader);
            recovered();
            return value;
        } catch (ValueRetrievalException e) {
            throw e;
        } catch (RuntimeException e) {
            failed("get", e);
            try {
                return valueLoader.call();
            } catch (Exception loading) {
                throw new ValueRetrievalException(key, valueLoader, loading);
            }
        }
    }

    @Override
    public void put(Object key, Object value) {
        orMiss("put", () -> {
            cache.put(key, value);
            return null;
        });
    }

    @Override
    public ValueWrapper putIfAbsent(Object key, Object value) {
        return orMiss("put", () -> cache.putIfAbsent(key, value));
    }

    @Override
    public void evict(Object key) {
        reported("evict", () -> {
            cache.evict(key);
            return null;
        });
    }

    @Override
    public boolean evictIfPresent(Object key) {
        return reported("evict", () -> cache.evictIfPresent(key));
    }

    @Override
    public void clear() {
        reported("clear", () -> {
            cache.clear();
            return null;
        });
    }

    @Override
    public boolean invalidate() {
        return reported("clear", cache::invalidate);
    }

    private <T> T orMiss(String operation, Supplier<T> call) {
        try {
            T result = call.get();
            if (operation.equals("get")) { // only an answer proves the store is back: some writes are not waited for
                recovered();
            }
            return result;
        } catch (RuntimeException e) {
            failed(operation, e);
            return null;
        }
    }

    private <T> T reported(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            failed(operation, e);
            throw e;
        }
    }

    private void failed(String operation, RuntimeException e) {
        Counter.builder(ERRORS).description("Cache operations the backing store could not serve")
                .tag("cache", getName()).tag("operation", operation).register(meters).increment();
        if (failing.compareAndSet(false, true)) {
            log.warn("Cache '{}' is unavailable ({} failed: {}); reads fall back to the source until it answers",
                    getName(), operation, e.toString());
        }
    }

    private void recovered() {
        if (failing.compareAndSet(true, false)) {
            log.info("Cache '{}' answers again", getName());
        }
    }
}

package io.cleave.platform;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The cache manager the contexts are given: each cache is one of the configured manager's
 * (Caffeine, or Redis when {@code spring.data.redis.host} is set) whose outage is not the caller's.
 * A read or write the backing store cannot serve is a miss, so the caller asks the source instead;
 * an eviction it cannot serve fails, so the event that asked for it is delivered again rather than
 * leave a stale entry behind. Every failure counts on {@value FailSafeCache#ERRORS}{@code {cache,
 * operation}}, and the first of an outage logs a WARN.
 * <p>
 * A decorator of the manager, not of its beans: Boot binds the statistics of the manager it
 * configured, which it could not read through a decorated cache.
 */
class FailSafeCacheManager implements CacheManager {

    private final CacheManager caches;
    private final MeterRegistry meters;
    private final Map<String, Cache> failSafe = new ConcurrentHashMap<>();

    FailSafeCacheManager(CacheManager caches, MeterRegistry meters) {
        this.caches = caches;
        this.meters = meters;
    }

    @Override
    public Cache getCache(String name) {
        Cache cache = caches.getCache(name);
        return cache == null ? null : failSafe.computeIfAbsent(name, named -> new FailSafeCache(cache, meters));
    }

    @Override
    public Collection<String> getCacheNames() {
        return caches.getCacheNames();
    }
}

package io.cleave.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.cache.support.SimpleCacheManager;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A cache whose store fails: reads are misses and writes are dropped, each failure counted;
 * evictions fail loudly, so the event that asked for one is delivered again; once the store
 * answers, the cache serves again.
 */
class FailSafeCacheManagerTest {

    final AtomicBoolean down = new AtomicBoolean();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final Cache quotes = failSafe(new Flaky("quotes", down));

    @Test
    void readsAndWritesOfACacheThatIsDownAreMissesAndCounted() {
        quotes.put("MUG", "9.90");
        down.set(true);

        assertThat(quotes.get("MUG")).isNull();
        assertThat(quotes.get("MUG", String.class)).isNull();
        assertThat(quotes.get("MUG", () -> "from the source")).isEqualTo("from the source");
        quotes.put("TEE", "15.00");

        assertThat(errors("get")).isEqualTo(3);
        assertThat(errors("put")).isEqualTo(1);

        down.set(false);
        assertThat(quotes.get("MUG", String.class)).isEqualTo("9.90");
        assertThat(quotes.get("TEE")).isNull();
    }

    @Test
    void anEvictionOfACacheThatIsDownFailsAndIsCounted() {
        quotes.put("MUG", "9.90");
        down.set(true);

        assertThatThrownBy(() -> quotes.evict("MUG")).isInstanceOf(IllegalStateException.class);
        assertThat(errors("evict")).isEqualTo(1);

        down.set(false);
        quotes.evict("MUG");
        assertThat(quotes.get("MUG")).isNull();
    }

    @Test
    void theManagerHandsOutOneFailSafeCachePerName() {
        SimpleCacheManager configured = new SimpleCacheManager();
        configured.setCaches(List.of(new ConcurrentMapCache("quotes")));
        configured.afterPropertiesSet();
        FailSafeCacheManager manager = new FailSafeCacheManager(configured, meters);

        assertThat(manager.getCache("quotes")).isInstanceOf(FailSafeCache.class).isSameAs(manager.getCache("quotes"));
        assertThat(manager.getCache("unknown")).isNull();
        assertThat(manager.getCacheNames()).containsExactly("quotes");
    }

    private Cache failSafe(Cache cache) {
        SimpleCacheManager configured = new SimpleCacheManager();
        configured.setCaches(List.of(cache));
        configured.afterPropertiesSet();
        return new FailSafeCacheManager(configured, meters).getCache(cache.getName());
    }

    private double errors(String operation) {
        return meters.get(FailSafeCache.ERRORS).tag("cache", "quotes").tag("operation", operation).counter().count();
    }

    /** A map cache whose every operation throws while it is down, as a Redis client does. */
    static final class Flaky extends ConcurrentMapCache {

        private final AtomicBoolean down;

        Flaky(String name, AtomicBoolean down) {
            super(name);
            this.down = down;
        }

        @Override
        protected Object lookup(Object key) {
            failIfDown();
            return super.lookup(key);
        }

        @Override
        public void put(Object key, Object value) {
            failIfDown();
            super.put(key, value);
        }

        @Override
        public void evict(Object key) {
            failIfDown();
            super.evict(key);
        }

        @Override
        public <T> T get(Object key, Callable<T> valueLoader) {
            failIfDown();
            return super.get(key, valueLoader);
        }

        private void failIfDown() {
            if (down.get()) {
                throw new IllegalStateException("connection refused");
            }
        }
    }
}

package io.cleave.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Makes {@link FailSafeCacheManager}, over the manager Boot configured, the primary cache manager:
 * the one the contexts are given. Registered after Boot's, which would otherwise see a cache
 * manager already there and configure none.
 */
@AutoConfiguration(after = CacheAutoConfiguration.class)
@ConditionalOnBean(CacheManager.class)
public class FailSafeCachingAutoConfiguration {

    @Bean
    @Primary
    FailSafeCacheManager failSafeCacheManager(CacheManager cacheManager, MeterRegistry meters) {
        return new FailSafeCacheManager(cacheManager, meters);
    }
}

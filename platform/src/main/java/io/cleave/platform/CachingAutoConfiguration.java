package io.cleave.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;

import io.lettuce.core.ClientOptions.DisconnectedBehavior;

/**
 * Switches Spring's cache abstraction on in every Cleave process, so that Boot configures the
 * cache manager {@link CacheBacking} chose and binds its caches' statistics to the metrics (Boot's
 * cache configuration waits for the caching infrastructure this enables, hence {@code before}).
 * The contexts get that manager's caches through {@link FailSafeCachingAutoConfiguration}.
 */
@AutoConfiguration(before = CacheAutoConfiguration.class)
@EnableCaching
public class CachingAutoConfiguration {

    /** While Redis is unreachable a command fails at once instead of queueing until the timeout. */
    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return options -> options.disconnectedBehavior(DisconnectedBehavior.REJECT_COMMANDS);
    }
}

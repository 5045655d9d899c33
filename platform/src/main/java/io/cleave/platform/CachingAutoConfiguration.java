package io.cleave.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.cache.annotation.EnableCaching;

/**
 * Switches Spring's cache abstraction on in every Cleave process, so that Boot configures the
 * cache manager the settings name (Caffeine by default: {@code spring.cache.*} in
 * cleave-defaults.properties) and binds its caches' statistics to the metrics.
 */
@AutoConfiguration
@EnableCaching
public class CachingAutoConfiguration {
}

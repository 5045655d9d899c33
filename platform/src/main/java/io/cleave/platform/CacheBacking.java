package io.cleave.platform;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the caches' backing store: Redis, shared by every instance, when {@code
 * spring.data.redis.host} (or {@code .url}) is set; otherwise Caffeine in each process. Added as
 * a last property source, so an explicit {@code spring.cache.type} still wins.
 */
class CacheBacking implements EnvironmentPostProcessor {

    static final String SOURCE = "cleave-cache-backing";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean redis = environment.containsProperty("spring.data.redis.host")
                || environment.containsProperty("spring.data.redis.url");
        environment.getPropertySources().addLast(
                new MapPropertySource(SOURCE, Map.of("spring.cache.type", redis ? "redis" : "caffeine")));
    }
}

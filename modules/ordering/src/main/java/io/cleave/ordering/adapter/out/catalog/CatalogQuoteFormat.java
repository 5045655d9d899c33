package io.cleave.ordering.adapter.out.catalog;

import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.data.redis.cache.RedisCacheManager.RedisCacheManagerBuilder;
import org.springframework.data.redis.serializer.JacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;
import org.springframework.stereotype.Component;

import io.cleave.ordering.application.port.out.QuotedPrice;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a cached quote is stored when the cache is Redis: as the JSON of a {@link QuotedPrice}
 * ({@code {"sku":"MUG","unitPrice":{"amount":"9.90","currency":"EUR"},"orderable":true}}), legible
 * with {@code redis-cli} and free of Java serialization. Unused with Caffeine, which keeps objects.
 */
@Component
class CatalogQuoteFormat implements RedisCacheManagerBuilderCustomizer {

    private final JsonMapper json;

    CatalogQuoteFormat(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void customize(RedisCacheManagerBuilder caches) {
        caches.withCacheConfiguration(CatalogProductPrices.CACHE, caches.cacheDefaults().serializeValuesWith(
                SerializationPair.fromSerializer(new JacksonJsonRedisSerializer<>(json, QuotedPrice.class))));
    }
}

package io.cleave.edge;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import io.cleave.platform.EmbeddedPostgresAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development issuer: the process is its own identity provider, so that
 * {@code java -jar cleave.jar} works with no provider to set up. It is on when no provider is
 * configured and the embedded PostgreSQL is in use, or when {@code cleave.security.dev-issuer.enabled=true};
 * never when a provider is configured (then {@code /dev/**} does not exist and no key is made).
 * Its key is generated once into {@code <cleave.data-dir>/keys/} (or
 * {@code cleave.security.dev-issuer.key-location}); processes given the same key file trust each
 * other's tokens. Its endpoints are {@link DevTokenController}'s, under the same condition, and the
 * OAuth2 token and key set endpoints of {@link DevIssuerTokenEndpoint}: this process's own service
 * tokens come from there, and so may those of the other processes of a split, which then read its
 * key set ({@code jwk-set-uri}) instead of sharing its key.
 */
@AutoConfiguration
@Conditional(DevIssuerAutoConfiguration.Wanted.class)
@EnableConfigurationProperties(DevIssuerSettings.class)
public class DevIssuerAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevIssuerAutoConfiguration.class);

    private static final int MIN_SECRET_LENGTH = 16;

    static final String PROVIDER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.";

    /** On as documented above; a configured provider always wins. */
    static class Wanted implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            if (providerConfigured(environment)) {
                return false;
            }
            String enabled = environment.getProperty("cleave.security.dev-issuer.enabled");
            return enabled != null ? Boolean.parseBoolean(enabled) : EmbeddedPostgresAutoConfiguration.isWanted(environment);
        }
    }

    static boolean providerConfigured(Environment environment) {
        return environment.containsProperty(PROVIDER_PROPERTY + "issuer-uri")
                || environment.containsProperty(PROVIDER_PROPERTY + "jwk-set-uri")
                || environment.containsProperty(PROVIDER_PROPERTY + "public-key-location");
    }

    @Bean
    DevIssuer devIssuer(DevIssuerSettings settings, @Value("${cleave.data-dir}") Path dataDir,
            @Value("${cleave.security.roles-claim:roles}") String rolesClaim, Clock clock) {
        Path keyFile = settings.keyLocation() != null ? settings.keyLocation()
                : dataDir.resolve("keys").resolve("dev-issuer.jwk.json");
        DevIssuer issuer = new DevIssuer(DevIssuerKey.loadOrCreate(keyFile), settings.issuer(),
                settings.tokenLifetime(), new RolesClaim(rolesClaim), clock);
        log.warn("Development token issuer ON (issuer {}, key {}): POST /dev/tokens hands out tokens to {}; "
                + "for development only, this process must not face the internet",
                settings.issuer(), keyFile.toAbsolutePath(), settings.allowRemote() ? "ANY caller" : "loopback callers");
        return issuer;
    }

    @Bean
    JwtDecoder devIssuerJwtDecoder(DevIssuer issuer) {
        return issuer.decoder();
    }

    @Bean
    ServiceClientCredentials devIssuerServiceClient(DevIssuerSettings settings) {
        String secret = settings.clientSecret();
        if (!settings.clientSecretConfigured()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        } else if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("cleave.security.dev-issuer.client-secret must be at least "
                    + MIN_SECRET_LENGTH + " characters long");
        }
        return new ServiceClientCredentials(secret);
    }

    /** Before every other chain: these paths are the authorization server's alone. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain devIssuerEndpoints(HttpSecurity http, DevIssuer issuer, ServiceClientCredentials client,
            DevIssuerSettings settings, JsonMapper json) throws Exception {
        boolean callersFromElsewhere = settings.allowRemote() || settings.clientSecretConfigured();
        return DevIssuerTokenEndpoint.chain(http, issuer, client, new TokenEndpointErrors(new ProblemResponses(json)),
                callersFromElsewhere, settings.tokenRequestsPerMinute());
    }
}

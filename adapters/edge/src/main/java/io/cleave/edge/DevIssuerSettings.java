package io.cleave.edge;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cleave.security.dev-issuer.*}: the development token issuer.
 *
 * @param enabled on or off; unset: on only when no identity provider is configured and the embedded
 *        PostgreSQL is in use
 * @param keyLocation the RSA key's file; unset: {@code <cleave.data-dir>/keys/dev-issuer.jwk.json}
 * @param issuer the {@code iss} of every token: fixed, never taken from a request
 * @param allowRemote whether callers other than loopback may get tokens
 * @param tokenLifetime how long a token is valid
 * @param clientSecret the secret of the {@code cleave-service} client at the token endpoint, which
 *        other processes of a split present for their service tokens (at least 16 characters);
 *        unset or blank: a random one, so only this process gets service tokens here, and its token endpoint
 *        answers loopback callers only (unless {@code allowRemote})
 * @param tokenRequestsPerMinute how many requests one address may make to the token endpoint a
 *        minute (a process asks again only when its token is about to expire)
 */
@ConfigurationProperties("cleave.security.dev-issuer")
record DevIssuerSettings(Boolean enabled, Path keyLocation, @DefaultValue("urn:cleave:dev-issuer") String issuer,
        @DefaultValue("false") boolean allowRemote, @DefaultValue("1h") Duration tokenLifetime, String clientSecret,
        @DefaultValue("60") int tokenRequestsPerMinute) {

    boolean clientSecretConfigured() {
        return clientSecret != null && !clientSecret.isBlank();
    }
}

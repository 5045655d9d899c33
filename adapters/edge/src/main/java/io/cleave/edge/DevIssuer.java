package io.cleave.edge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;

/** Signs and checks the development issuer's tokens with its one key; see {@link DevIssuerAutoConfiguration}. */
final class DevIssuer {

    private final RSAKey key;
    private final String issuer;
    private final Duration lifetime;
    private final RolesClaim roles;
    private final Clock clock;
    private final JWKSource<SecurityContext> keys;
    private final JwtEncoder encoder;

    DevIssuer(RSAKey key, String issuer, Duration lifetime, RolesClaim roles, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.roles = roles;
        this.clock = clock;
        this.keys = new ImmutableJWKSet<>(new JWKSet(key));
        this.encoder = new NimbusJwtEncoder(keys);
    }

    /** A signed token for {@code subject} with these roles, valid for the configured lifetime. */
    String mint(String subject, List<String> roleNames) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .id(UUID.randomUUID().toString());
        roles.claimsFor(roleNames).forEach(claims::claim);
        var header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    /** Accepts this issuer's tokens only: its signature, its {@code iss}, not expired. */
    JwtDecoder decoder() {
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException("The development issuer's key has no usable public part", e);
        }
    }

    /** The signing key, whose public part the key set endpoint publishes ({@link DevIssuerTokenEndpoint}). */
    JWKSource<SecurityContext> keys() {
        return keys;
    }

    /**
     * The token endpoint's tokens, signed and dated as {@link #mint} does: this issuer's
     * {@code service} tokens, with its roles claim and its fixed {@code iss} (the authorization server would take the
     * request's URL, which differs with the name a caller used).
     */
    JwtGenerator serviceTokens() {
        var tokens = new JwtGenerator(encoder);
        tokens.setJwtCustomizer(this::asServiceToken);
        tokens.setClock(clock);
        return tokens;
    }

    private void asServiceToken(JwtEncodingContext context) {
        context.getClaims().issuer(issuer);
        roles.claimsFor(List.of(Authorization.SERVICE)).forEach(context.getClaims()::claim);
    }

    Duration lifetime() {
        return lifetime;
    }
}

package io.cleave.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * JWTs a test signs itself, for what the development issuer never hands out: expired or foreign
 * tokens, tokens of another key, and {@code service} tokens. The key is the issuer's JWK file
 * (the test JVM shares one, see {@code TestIssuerEnvironment}), or any other.
 */
public final class TestTokens {

    /** The {@code iss} of the development issuer's tokens. */
    public static final String DEV_ISSUER = "urn:cleave:dev-issuer";

    /** The OAuth2 client Cleave processes are to each other's token endpoint. */
    public static final String SERVICE_CLIENT = "cleave-service";

    /** Its secret at every development issuer of this test JVM ({@code TestIssuerEnvironment}). */
    public static final String CLIENT_SECRET = "test-client-secret-0123456789";

    private TestTokens() {
    }

    /** The key every development issuer of this test JVM signs with ({@code TestIssuerEnvironment}). */
    public static RSAKey issuerKey() {
        return key(TestIssuerEnvironment.KEY);
    }

    /** The RSA key in a development issuer's key file. */
    public static RSAKey key(Path file) {
        try {
            return RSAKey.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not an RSA JWK", e);
        }
    }

    /** A token valid for ten minutes from now, of the development issuer, signed with {@code key}. */
    public static String sign(RSAKey key, String subject, String role) {
        Instant now = Instant.now();
        return sign(key, DEV_ISSUER, subject, role, now, now.plusSeconds(600));
    }

    public static String sign(RSAKey key, String issuer, String subject, String role, Instant issuedAt,
            Instant expiresAt) {
        var claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).claim("roles", List.of(role))
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt)).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
        return jwt.serialize();
    }
}

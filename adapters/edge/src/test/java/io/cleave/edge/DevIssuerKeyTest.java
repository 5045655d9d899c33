package io.cleave.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.RSAKey;

class DevIssuerKeyTest {

    @Test
    void isMadeOnceKeptForItsOwnerAndReadAgain(@TempDir Path work) throws Exception {
        Path file = work.resolve("keys/dev-issuer.jwk.json");

        RSAKey made = DevIssuerKey.loadOrCreate(file);
        RSAKey readAgain = DevIssuerKey.loadOrCreate(file);

        assertThat(readAgain).isEqualTo(made);
        assertThat(made.isPrivate()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("no draft left behind").containsExactly(file);
        }
    }

    @Test
    void aTokenSignedBeforeARestartIsAcceptedAfterIt(@TempDir Path work) {
        Path file = work.resolve("key.jwk.json");
        var roles = new RolesClaim("roles");
        String token = new DevIssuer(DevIssuerKey.loadOrCreate(file), "urn:test", Duration.ofHours(1), roles,
                Clock.systemUTC()).mint("ada", List.of("customer"));

        var restarted = new DevIssuer(DevIssuerKey.loadOrCreate(file), "urn:test", Duration.ofHours(1), roles,
                Clock.systemUTC());

        assertThat(restarted.decoder().decode(token).getSubject()).isEqualTo("ada");
    }

    @Test
    void loopbackAddressesAreRecognisedAndOthersAreNot() {
        assertThat(LoopbackCallers.isLoopback("127.0.0.1")).isTrue();
        assertThat(LoopbackCallers.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(LoopbackCallers.isLoopback("10.1.2.3")).isFalse();
        assertThat(LoopbackCallers.isLoopback("203.0.113.7")).isFalse();
    }
}

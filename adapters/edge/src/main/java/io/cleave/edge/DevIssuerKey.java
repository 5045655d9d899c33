package io.cleave.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The development issuer's RSA signing key, made once and kept in a file (a JWK, private parts
 * included, readable by its owner only), so that tokens outlive a restart and processes given the
 * same file trust each other's tokens.
 */
final class DevIssuerKey {

    private DevIssuerKey() {
    }

    static RSAKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return RSAKey.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the development issuer's key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The development issuer's key " + file + " is not an RSA JWK", e);
        }
    }

    /**
     * Written aside and linked into place: a reader never sees half a key, and when two processes
     * sharing the file start together, the link (which fails if the name exists) lets one win and
     * both read the winner's key.
     */
    private static void create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path draft = Files.createTempFile(directory, ".dev-issuer", ".tmp");
        try {
            restrictToOwner(draft);
            Files.writeString(draft, generate().toJSONString());
            Files.createLink(file, draft);
        } catch (FileAlreadyExistsException raced) {
            // another process made it meanwhile: use theirs
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}

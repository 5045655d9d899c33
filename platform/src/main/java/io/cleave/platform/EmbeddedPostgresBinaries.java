package io.cleave.platform;

import java.io.IOException;
import java.io.InputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * Finds the PostgreSQL server binaries in the jar as zonky's own resolver does, and where there are
 * none for this machine says so in words a user can act on: the jar ships the binaries for
 * linux-amd64 only, and a real PostgreSQL works everywhere. One instance, because zonky keeps the
 * unpacked binaries per resolver.
 */
final class EmbeddedPostgresBinaries implements PgBinaryResolver {

    static final EmbeddedPostgresBinaries INSTANCE = new EmbeddedPostgresBinaries();

    private EmbeddedPostgresBinaries() {
    }

    @Override
    public InputStream getPgBinary(String system, String architecture) throws IOException {
        try {
            return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture);
        } catch (IllegalStateException missing) {
            throw new IllegalStateException(("The embedded PostgreSQL has no server binaries for %s on %s in this jar "
                    + "(it ships them for Linux on x86_64 only): set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) "
                    + "to a PostgreSQL server, as production does").formatted(system, architecture), missing);
        }
    }
}

package io.cleave.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Migrates the database the way the topology says (DESIGN.md section 5).
 * <p>
 * First {@code db/migration/__root} (tables every process shares, such as the event publication
 * registry) with the default history table, then {@code db/migration/<context>} for each local
 * context, each into its own schema with its own history table {@code flyway_schema_history_<context>}.
 * A context's schema therefore carries its own migration history, and a process migrates only the
 * contexts it hosts. Spring Modulith's per-module Flyway support is not used: it would migrate
 * every module on the classpath, local or not.
 */
class ContextMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(ContextMigrations.class);
    static final String ROOT = "__root";

    private final Topology topology;
    private final ResourcePatternResolver resources;

    ContextMigrations(Topology topology) {
        this.topology = topology;
        this.resources = new PathMatchingResourcePatternResolver();
    }

    @Override
    public void migrate(Flyway configured) {
        Flyway.configure(configured.getConfiguration().getClassLoader())
                .configuration(configured.getConfiguration())
                .locations(location(ROOT))
                .load()
                .migrate();
        for (String context : topology.localContexts()) {
            if (!hasScripts(context)) {
                continue;
            }
            var result = Flyway.configure(configured.getConfiguration().getClassLoader())
                    .configuration(configured.getConfiguration())
                    .locations(location(context))
                    .schemas(context)
                    .defaultSchema(context)
                    .createSchemas(true)
                    .table("flyway_schema_history_" + context)
                    .load()
                    .migrate();
            log.debug("Context {} migrated: {} script(s) applied", context, result.migrationsExecuted);
        }
    }

    private static String location(String folder) {
        return "classpath:db/migration/" + folder;
    }

    private boolean hasScripts(String context) {
        try {
            return resources.getResources("classpath*:db/migration/" + context + "/*.sql").length > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

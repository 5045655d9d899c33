package io.cleave.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Migrates the database the way the topology says (docs/design.md, section 5).
 * <p>
 * First {@code db/migration/__root} (tables every process shares, such as the event publication
 * registry) with the default history table; when the topology is split, {@code db/migration/messaging}
 * (the inbox of messages taken in from Kafka); then {@code db/migration/<context>} for each local
 * context. Each of these goes into its own schema with its own history table
 * {@code flyway_schema_history_<name>}.
 * A context's schema therefore carries its own migration history, and a process migrates only the
 * contexts it hosts. Spring Modulith's per-module Flyway support is not used: it would migrate
 * every module on the classpath, local or not.
 */
class ContextMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(ContextMigrations.class);
    static final String ROOT = "__root";
    static final String MESSAGING = "messaging";

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
        List<String> schemas = new ArrayList<>();
        if (topology.isSplit()) {
            schemas.add(MESSAGING);
        }
        schemas.addAll(topology.localContexts());
        for (String schema : schemas) {
            if (hasScripts(schema)) {
                migrateSchema(configured, schema);
            }
        }
    }

    private static void migrateSchema(Flyway configured, String schema) {
        var result = Flyway.configure(configured.getConfiguration().getClassLoader())
                .configuration(configured.getConfiguration())
                .locations(location(schema))
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table("flyway_schema_history_" + schema)
                .load()
                .migrate();
        log.debug("Schema {} migrated: {} script(s) applied", schema, result.migrationsExecuted);
    }

    private static String location(String folder) {
        return "classpath:db/migration/" + folder;
    }

    private boolean hasScripts(String folder) {
        try {
            return resources.getResources("classpath*:db/migration/" + folder + "/*.sql").length > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

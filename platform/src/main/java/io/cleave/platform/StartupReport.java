package io.cleave.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationListener;

/** Says, once Cleave is ready, where its API listens and where its data lives. */
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        var context = event.getApplicationContext();
        var environment = context.getEnvironment();
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return;
        }
        String where = Topology.isNone(environment) ? "a pure gateway: no database" : database(context);
        log.info("Cleave is ready: API on http://localhost:{}/api (contexts: {}), {}", port,
                environment.getProperty("cleave.topology.local", Topology.ALL), where);
    }

    private static String database(ApplicationContext context) {
        return context.getBeanProvider(EmbeddedPostgresServer.class)
                .stream()
                .findFirst()
                .map(server -> "embedded PostgreSQL, data in " + server.dataDirectory()
                        + " (a development convenience: production sets SPRING_DATASOURCE_URL to a real PostgreSQL)")
                .orElseGet(() -> "PostgreSQL at " + jdbcUrl(context.getBeanProvider(JdbcConnectionDetails.class)));
    }

    private static String jdbcUrl(ObjectProvider<JdbcConnectionDetails> details) {
        JdbcConnectionDetails connection = details.getIfAvailable();
        return connection == null ? "(unknown)" : connection.getJdbcUrl();
    }
}

package io.cleave.platform;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Begins starting the embedded PostgreSQL as soon as the environment is prepared and says one is
 * wanted, and hands the start to the application context once that exists, as the
 * {@link EmbeddedPostgresStartup} bean. Runs after logging is set up (the start may have to report
 * a server left behind by a killed process) and after every environment post-processor (so it
 * sees every setting, test ones included).
 */
class EmbeddedPostgresEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var environment = event.getEnvironment();
        if (!EmbeddedPostgresAutoConfiguration.isWanted(environment)) {
            return;
        }
        EmbeddedPostgresStartup startup = EmbeddedPostgresStartup.begin(
                EmbeddedPostgresAutoConfiguration.dataDirectory(environment));
        event.getBootstrapContext().addCloseListener(closed -> {
            var beans = closed.getApplicationContext().getBeanFactory();
            beans.registerSingleton(EmbeddedPostgresStartup.BEAN_NAME, startup);
            ((DefaultSingletonBeanRegistry) beans).registerDisposableBean(EmbeddedPostgresStartup.BEAN_NAME, startup);
        });
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}

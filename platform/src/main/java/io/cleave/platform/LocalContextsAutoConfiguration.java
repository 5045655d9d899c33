package io.cleave.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Makes the topology real: each context's beans (its component scan) and Spring Data repositories
 * (its {@code @EnableJdbcRepositories}) exist only where the context is local, by one configuration
 * per context under a condition that the condition report shows ({@code --debug}). The
 * application's own component scan leaves the contexts out ({@link ContextScanExclusion}). Before
 * Spring Boot's repository configuration, which then stands down: every repository is a context's.
 */
@AutoConfiguration(before = DataJdbcRepositoriesAutoConfiguration.class)
public class LocalContextsAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnLocalContext("catalog")
    @ComponentScan("io.cleave.catalog")
    @EnableJdbcRepositories("io.cleave.catalog")
    static class Catalog {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnLocalContext("customer")
    @ComponentScan("io.cleave.customer")
    @EnableJdbcRepositories("io.cleave.customer")
    static class Customer {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnLocalContext("inventory")
    @ComponentScan("io.cleave.inventory")
    @EnableJdbcRepositories("io.cleave.inventory")
    static class Inventory {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnLocalContext("payment")
    @ComponentScan("io.cleave.payment")
    @EnableJdbcRepositories("io.cleave.payment")
    static class Payment {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnLocalContext("ordering")
    @ComponentScan("io.cleave.ordering")
    @EnableJdbcRepositories("io.cleave.ordering")
    static class Ordering {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnLocalContext("settlement")
    @ComponentScan("io.cleave.settlement")
    @EnableJdbcRepositories("io.cleave.settlement")
    static class Settlement {
    }
}

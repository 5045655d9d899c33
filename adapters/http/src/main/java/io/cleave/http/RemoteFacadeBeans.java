package io.cleave.http;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

import io.cleave.platform.Facades;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * Defines a {@link RemoteFacade} bean for every facade that local contexts call on a remote one,
 * so that, for example, ordering's {@code CatalogProductPrices} gets a {@code ProductCatalog}
 * whether catalog runs here or not. Runs after the platform has worked out the {@link Facades}.
 */
final class RemoteFacadeBeans implements BeanDefinitionRegistryPostProcessor, Ordered {

    private final Environment environment;

    RemoteFacadeBeans(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        var beans = (ConfigurableListableBeanFactory) registry;
        Facades facades = beans.getBean(Facades.class);
        facades.remote().forEach((context, interfaces) -> {
            RemoteContextSettings settings = RemoteContextSettings.of(context, environment);
            interfaces.forEach(facade -> register(registry, beans, context, facade, settings));
        });
    }

    private static <T> void register(BeanDefinitionRegistry registry, ConfigurableListableBeanFactory beans, String context,
            Class<T> facade, RemoteContextSettings settings) {
        var definition = new RootBeanDefinition(facade, () -> RemoteFacade.create(facade, context, settings,
                beans.getBean(RestClient.Builder.class), beans.getBean(CircuitBreakerRegistry.class),
                beans.getBean(RetryRegistry.class), beans.getBean(SslBundles.class)));
        registry.registerBeanDefinition("remote" + facade.getSimpleName(), definition);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE; // after the platform's ContextBoundaries
    }
}

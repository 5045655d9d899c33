package io.cleave.platform;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Makes the topology real: after component and repository scanning have defined the beans of every
 * context, the definitions of contexts that are not local are removed, so their controllers,
 * listeners, repositories and services do not exist in this process. Before that, the listener
 * methods of all contexts are read once into {@link MessageRoutes}, because which messages cross the
 * process boundary depends on the consumers that are <em>not</em> here.
 * <p>
 * A bean belongs to a context when its class, the class declaring its factory method, or the
 * repository interface it implements lies in {@code io.cleave.<context>}.
 */
final class LocalContextsOnly implements BeanDefinitionRegistryPostProcessor {

    static final String ROUTES_BEAN = "cleaveMessageRoutes";
    private static final Logger log = LoggerFactory.getLogger(LocalContextsOnly.class);

    private final Topology topology;

    LocalContextsOnly(Topology topology) {
        this.topology = topology;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        var beanFactory = (ConfigurableListableBeanFactory) registry;
        List<Class<?>> contextClasses = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        for (String name : registry.getBeanDefinitionNames()) {
            BeanDefinition definition = registry.getBeanDefinition(name);
            Optional<String> context = contextOf(definition);
            if (context.isEmpty()) {
                continue;
            }
            if (definition.getBeanClassName() != null && Topology.contextOf(definition.getBeanClassName()).isPresent()) {
                contextClasses.add(ClassUtils.resolveClassName(definition.getBeanClassName(), beanFactory.getBeanClassLoader()));
            }
            if (!topology.isLocal(context.get())) {
                remote.add(name);
            }
        }
        requireLocalQueries(contextClasses);
        beanFactory.registerSingleton(ROUTES_BEAN, MessageRoutes.of(contextClasses));
        Set<String> removed = new HashSet<>();
        remote.forEach(name -> remove(registry, name, removed));
        if (!removed.isEmpty()) {
            log.debug("Not local here ({}): {} bean definition(s) removed", topology.local(), removed.size());
        }
    }

    /**
     * A local context that queries another context's {@code api} facade needs that context here: a
     * remote implementation of a facade (the HTTP adapter) does not exist yet. Says so at start,
     * instead of leaving an unsatisfied dependency to a stack trace.
     */
    private void requireLocalQueries(List<Class<?>> contextClasses) {
        for (Class<?> beanClass : contextClasses) {
            String context = Topology.contextOf(beanClass.getName()).orElseThrow();
            if (!topology.isLocal(context)) {
                continue;
            }
            for (Constructor<?> constructor : beanClass.getDeclaredConstructors()) {
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    Optional<String> queried = Topology.contextOf(parameter.getName());
                    if (parameter.isInterface() && parameter.getPackageName().endsWith(".api") && queried.isPresent()
                            && !topology.isLocal(queried.get())) {
                        throw new IllegalStateException(("cleave.topology.local=%s: %s queries %s through %s, but %s does not run "
                                + "in this process, and remote queries (the HTTP adapter) are not available yet. Run %s here too.")
                                .formatted(topology.local(), context, queried.get(), parameter.getName(), queried.get(),
                                        queried.get()));
                    }
                }
            }
        }
    }

    /** Removes a definition and those made by its factory methods. */
    private static void remove(BeanDefinitionRegistry registry, String name, Set<String> removed) {
        if (!removed.add(name) || !registry.containsBeanDefinition(name)) {
            return;
        }
        registry.removeBeanDefinition(name);
        for (String other : registry.getBeanDefinitionNames()) {
            if (name.equals(registry.getBeanDefinition(other).getFactoryBeanName())) {
                remove(registry, other, removed);
            }
        }
    }

    private static Optional<String> contextOf(BeanDefinition definition) {
        Optional<String> byClass = Topology.contextOf(definition.getBeanClassName());
        if (byClass.isPresent()) {
            return byClass;
        }
        // A Spring Data repository is a factory bean whose first constructor argument names the interface.
        ValueHolder first = definition.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
        if (first != null && first.getValue() instanceof String repositoryInterface) {
            return Topology.contextOf(repositoryInterface);
        }
        return Optional.empty();
    }
}

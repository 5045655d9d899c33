package io.cleave.platform;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;
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
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Makes the topology real: after component and repository scanning have defined the beans of every
 * context, the definitions of contexts that are not local are removed, so their controllers,
 * listeners, repositories and services do not exist in this process. Before that, the listener
 * methods of all contexts are read once into {@link MessageRoutes}, because which messages cross the
 * process boundary depends on the consumers that are <em>not</em> here, the query facades the
 * local contexts serve and call into {@link Facades}, and the API paths of every context into
 * {@link ApiPaths} (for a gateway). In the monolith ({@code all}) it does nothing.
 * <p>
 * A bean belongs to a context when its class or the repository interface it implements lies in
 * {@code io.cleave.<context>}, or when a factory method of such a bean made it.
 */
final class LocalContextsOnly implements BeanDefinitionRegistryPostProcessor, Ordered {

    static final String ROUTES_BEAN = "cleaveMessageRoutes";
    static final String FACADES_BEAN = "cleaveFacades";
    static final String API_PATHS_BEAN = "cleaveApiPaths";
    private static final Logger log = LoggerFactory.getLogger(LocalContextsOnly.class);

    private final Topology topology;
    private final Environment environment;

    LocalContextsOnly(Environment environment) {
        this.topology = Topology.of(environment);
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (!topology.isSplit()) {
            return; // the monolith: every bean stays, and nothing crosses a process boundary
        }
        var beanFactory = (ConfigurableListableBeanFactory) registry;
        List<Class<?>> contextClasses = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        for (String name : registry.getBeanDefinitionNames()) {
            BeanDefinition definition = registry.getBeanDefinition(name);
            Optional<String> context = contextOf(definition);
            if (context.isEmpty()) {
                continue;
            }
            if (Topology.contextOf(definition.getBeanClassName()).isPresent()) { // a component, not a repository
                contextClasses.add(ClassUtils.resolveClassName(definition.getBeanClassName(), beanFactory.getBeanClassLoader()));
            }
            if (!topology.isLocal(context.get())) {
                remote.add(name);
            }
        }
        beanFactory.registerSingleton(FACADES_BEAN, facades(contextClasses));
        beanFactory.registerSingleton(ROUTES_BEAN, MessageRoutes.of(contextClasses));
        beanFactory.registerSingleton(API_PATHS_BEAN, ApiPaths.of(contextClasses));
        Set<String> removed = new HashSet<>();
        remote.forEach(name -> remove(registry, name, removed));
        if (!removed.isEmpty()) {
            log.debug("Not local here ({}): {} bean definition(s) removed", topology.local(), removed.size());
        }
    }

    /**
     * The facades local contexts implement, and those they call on remote contexts. A remote
     * context that is queried needs {@code cleave.topology.remote.<context>.url}; without it the
     * start stops here with a message, instead of an unsatisfied dependency further on.
     */
    private Facades facades(List<Class<?>> contextClasses) {
        Set<Class<?>> served = new LinkedHashSet<>();
        Map<String, Set<Class<?>>> remote = new TreeMap<>();
        for (Class<?> beanClass : contextClasses) {
            String context = Topology.contextOf(beanClass.getName()).orElseThrow();
            if (!topology.isLocal(context)) {
                continue;
            }
            for (Class<?> implemented : beanClass.getInterfaces()) {
                if (isFacade(implemented) && Topology.contextOf(implemented.getName()).orElseThrow().equals(context)) {
                    served.add(implemented);
                }
            }
            for (Constructor<?> constructor : beanClass.getDeclaredConstructors()) {
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    if (!isFacade(parameter)) {
                        continue;
                    }
                    String queried = Topology.contextOf(parameter.getName()).orElseThrow();
                    if (!topology.isLocal(queried)) {
                        requireRemoteUrl(context, queried, parameter);
                        remote.computeIfAbsent(queried, any -> new LinkedHashSet<>()).add(parameter);
                    }
                }
            }
        }
        Map<String, List<Class<?>>> remoteLists = new TreeMap<>();
        remote.forEach((context, facades) -> remoteLists.put(context, List.copyOf(facades)));
        return new Facades(List.copyOf(served), remoteLists);
    }

    private void requireRemoteUrl(String context, String queried, Class<?> facade) {
        String property = "cleave.topology.remote." + queried + ".url";
        if (!environment.containsProperty(property)) {
            throw new IllegalStateException(("cleave.topology.local=%s: %s queries %s through %s, and %s runs elsewhere: "
                    + "set %s to where it runs (or run %s here too)")
                    .formatted(topology.local(), context, queried, facade.getName(), queried, property, queried));
        }
    }

    private static boolean isFacade(Class<?> type) {
        return type.isInterface() && type.getPackageName().endsWith(".api") && Topology.contextOf(type.getName()).isPresent();
    }

    /** Before the adapters' post-processors, which build on what this one found. */
    @Override
    public int getOrder() {
        return 0;
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

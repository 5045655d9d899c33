package io.cleave.platform;

import java.lang.reflect.Constructor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * What crosses the boundaries between contexts, read once from the classes of every context, local
 * or not, when the topology is split or a broker is configured: the message routes of every
 * {@code @Externalized} message, consumed or not ({@link MessageRoutes}; which messages cross the
 * process boundary depends on the consumers that are <em>not</em> here), the query facades
 * the local contexts serve and call ({@link Facades}), and the API paths of every context
 * ({@link ApiPaths}, for a gateway). Which contexts' beans exist is not decided here but by the
 * conditions of {@link LocalContextsAutoConfiguration}. A monolith ({@code all}) without a broker
 * sends nothing out of the process, and this reads nothing.
 */
final class ContextBoundaries implements BeanDefinitionRegistryPostProcessor, Ordered {

    static final String ROUTES_BEAN = "cleaveMessageRoutes";
    static final String FACADES_BEAN = "cleaveFacades";
    static final String API_PATHS_BEAN = "cleaveApiPaths";
    /** Spring Boot's metadata cache, shared with the component scans, so that no class file is read twice. */
    private static final String SHARED_METADATA_READER_FACTORY =
            "org.springframework.boot.autoconfigure.internalCachingMetadataReaderFactory";

    private final Topology topology;
    private final Environment environment;

    ContextBoundaries(Environment environment) {
        this.topology = Topology.of(environment);
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (!topology.isSplit() && !environment.containsProperty(Topology.BROKER_PROPERTY)) {
            return; // a monolith without a broker: nothing leaves the process
        }
        var beanFactory = (ConfigurableListableBeanFactory) registry;
        var classes = new ContextClasses(environment, sharedMetadata(beanFactory), beanFactory.getBeanClassLoader());
        List<Class<?>> contextClasses = classes.components();
        beanFactory.registerSingleton(FACADES_BEAN, facades(contextClasses));
        beanFactory.registerSingleton(ROUTES_BEAN, MessageRoutes.of(contextClasses, classes.messages()));
        beanFactory.registerSingleton(API_PATHS_BEAN, ApiPaths.of(contextClasses));
    }

    private static MetadataReaderFactory sharedMetadata(ConfigurableListableBeanFactory beanFactory) {
        return beanFactory.containsBean(SHARED_METADATA_READER_FACTORY)
                && beanFactory.getBean(SHARED_METADATA_READER_FACTORY) instanceof MetadataReaderFactory shared ? shared : null;
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
}

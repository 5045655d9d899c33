package io.cleave.platform;

import java.util.ArrayList;
import java.util.List;

import org.jmolecules.event.annotation.Externalized;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The classes of every context, local or not, read from the class path: the components, as the
 * contexts' component scans find them, and the messages their {@code api} declares
 * ({@code @Externalized}). What crosses the boundaries between contexts is derived from them
 * ({@link ContextBoundaries}), and so are the tests that check it.
 */
public final class ContextClasses {

    private final Environment environment;
    private final MetadataReaderFactory metadata;
    private final ClassLoader classLoader;

    /** @param metadata a metadata cache shared with the component scans, or null for a scan's own */
    ContextClasses(Environment environment, MetadataReaderFactory metadata, ClassLoader classLoader) {
        this.environment = environment;
        this.metadata = metadata;
        this.classLoader = classLoader;
    }

    /** The contexts' classes on this class path, read without an application context (for tests). */
    public static ContextClasses onTheClassPath() {
        return new ContextClasses(new StandardEnvironment(), null, ContextClasses.class.getClassLoader());
    }

    public List<Class<?>> components() {
        return classesOfEveryContext(new ClassPathScanningCandidateComponentProvider(true, environment), "");
    }

    public List<Class<?>> messages() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false, environment);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Externalized.class));
        return classesOfEveryContext(scanner, ".api");
    }

    /** The classes the scanner finds under {@code io.cleave.<context><subpackage>} of every context. */
    private List<Class<?>> classesOfEveryContext(ClassPathScanningCandidateComponentProvider scanner, String subpackage) {
        if (metadata != null) {
            scanner.setMetadataReaderFactory(metadata);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String context : Topology.CONTEXTS) {
            scanner.findCandidateComponents(Topology.packageOf(context) + subpackage).forEach(candidate ->
                    classes.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader)));
        }
        return classes;
    }
}

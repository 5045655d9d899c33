package io.cleave.platform;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Leaves the contexts' packages out of the application's component scan
 * ({@code @SpringBootApplication} applies every {@link TypeExcludeFilter} bean): each context is
 * scanned by its own configuration, where it is local ({@link LocalContextsAutoConfiguration}).
 * Registered by an initializer, because the application's scan runs before any configuration could
 * define the filter.
 */
public final class ContextScanExclusion extends TypeExcludeFilter
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton(ContextScanExclusion.class.getName(), this);
    }

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return Topology.contextOf(reader.getClassMetadata().getClassName()).isPresent();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContextScanExclusion; // TypeExcludeFilter's own equals throws: it expects subclasses to say
    }

    @Override
    public int hashCode() {
        return ContextScanExclusion.class.hashCode();
    }
}

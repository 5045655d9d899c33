package io.cleave.platform;

import java.util.List;
import java.util.Map;

/**
 * The query facades ({@code api} interfaces such as {@code ProductCatalog}) that cross this
 * process's boundary: those its local contexts implement, which it serves to other processes, and,
 * per remote context, those its local contexts call, which it must reach over HTTP at
 * {@code cleave.topology.remote.<context>.url}.
 */
public record Facades(List<Class<?>> served, Map<String, List<Class<?>>> remote) {

    public Facades {
        served = List.copyOf(served);
        remote = Map.copyOf(remote);
    }

    /** The wire name of a facade: {@code <context>.<Interface>}, e.g. {@code catalog.ProductCatalog}. */
    public static String nameOf(Class<?> facade) {
        return Topology.contextOf(facade.getName()).orElseThrow() + "." + facade.getSimpleName();
    }
}

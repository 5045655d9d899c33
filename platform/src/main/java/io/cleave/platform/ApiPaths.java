package io.cleave.platform;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Under which path prefixes each context answers its REST API: the type-level request mappings of
 * its controllers (e.g. {@code /api/orders} for ordering), read once from the classes of every
 * context, local or not. What a gateway forwards where is derived from it, never listed by hand.
 */
public record ApiPaths(Map<String, List<String>> byContext) {

    public ApiPaths {
        byContext = Map.copyOf(byContext);
    }

    static ApiPaths of(List<Class<?>> contextClasses) {
        Map<String, List<String>> paths = new TreeMap<>();
        for (Class<?> type : contextClasses) {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            if (mapping == null || !AnnotatedElementUtils.hasAnnotation(type, RestController.class)) {
                continue;
            }
            String context = Topology.contextOf(type.getName()).orElseThrow();
            for (String path : mapping.path()) {
                paths.merge(context, List.of(path), (known, more) -> Stream.concat(known.stream(), more.stream())
                        .distinct().sorted().toList());
            }
        }
        return new ApiPaths(paths);
    }

    /** The prefixes of a context's API; none if it has no REST API. */
    public List<String> of(String context) {
        return byContext.getOrDefault(context, List.of());
    }
}

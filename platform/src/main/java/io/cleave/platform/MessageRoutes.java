package io.cleave.platform;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jmolecules.architecture.cqrs.annotation.Command;
import org.jmolecules.event.annotation.Externalized;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.ApplicationModule;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ReflectionUtils;

/**
 * Who publishes and who consumes each message type that crosses a context boundary, and so which
 * messages must leave or enter a process when contexts run apart (docs/design.md, section 4).
 * <p>
 * A message type belongs to the context whose {@code api} package declares it. An <em>event</em> is
 * published by its owner and consumed by whoever listens; a <em>command</em> ({@link Command}) is
 * consumed by its owner and may be sent by the contexts that declare a dependency on the owner
 * ({@code @ApplicationModule(allowedDependencies = ...)}, which the architecture tests hold true).
 * The consumers are found, not declared: they are the contexts whose beans have an event listener
 * method for the type.
 * <p>
 * The routing rule: a process sends type T out iff a publisher of T is local and a consumer of T is
 * remote; it takes T in iff a publisher of T is remote and a consumer of T is local. A type is never
 * both, so nothing a process takes in is sent back out (no echo).
 */
public final class MessageRoutes {

    private final Map<Class<?>, Route> routes;

    private MessageRoutes(Map<Class<?>, Route> routes) {
        this.routes = routes;
    }

    /** The routes of the message types that the listener methods of these classes consume. */
    public static MessageRoutes of(Collection<Class<?>> beanClasses) {
        return of(beanClasses, List.of());
    }

    /**
     * The routes of these message types, consumed or not (an event no context listens to is still
     * published, for subscribers outside Cleave), and of those the listener methods of these
     * classes consume.
     */
    public static MessageRoutes of(Collection<Class<?>> beanClasses, Collection<Class<?>> messageTypes) {
        Map<String, Set<String>> dependents = dependents(MessageRoutes.class.getClassLoader());
        Map<Class<?>, Set<String>> consumers = new LinkedHashMap<>();
        messageTypes.stream().filter(MessageRoutes::isApiType)
                .forEach(type -> consumers.put(type, new TreeSet<>()));
        for (Class<?> beanClass : beanClasses) {
            Topology.contextOf(beanClass.getName()).ifPresent(consumer -> {
                for (Method method : ReflectionUtils.getUniqueDeclaredMethods(beanClass, MessageRoutes::isListener)) {
                    Class<?> type = method.getParameterTypes()[0];
                    if (isApiType(type)) {
                        consumers.computeIfAbsent(type, any -> new TreeSet<>()).add(consumer);
                    }
                }
            });
        }
        Map<Class<?>, Route> routes = new LinkedHashMap<>();
        consumers.entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().getName()))
                .forEach(entry -> routes.put(entry.getKey(), Route.of(entry.getKey(), entry.getValue(), dependents)));
        return new MessageRoutes(routes);
    }

    public Collection<Route> all() {
        return routes.values();
    }

    /** The routes this topology sends out of the process. */
    public List<Route> outgoing(Topology topology) {
        return select(route -> route.isSentOutBy(topology));
    }

    /**
     * The events this topology publishes, and which it alone publishes: those of its local
     * contexts, among the contexts asked for.
     */
    public List<Route> published(Topology topology, Predicate<String> contexts) {
        return select(route -> route.kind() == Kind.EVENT && topology.isLocal(route.owner()) && contexts.test(route.owner()));
    }

    /**
     * Everything this topology sends to the broker: what the contexts elsewhere consume, and the
     * events published for subscribers outside Cleave; each type once.
     */
    public List<Route> leaving(Topology topology, Predicate<String> publishedContexts) {
        List<Route> published = published(topology, publishedContexts);
        return select(route -> route.isSentOutBy(topology) || published.contains(route));
    }

    /** The routes this topology takes into the process. */
    public List<Route> incoming(Topology topology) {
        return select(route -> route.isTakenInBy(topology));
    }

    private List<Route> select(Predicate<Route> predicate) {
        return routes.values().stream().filter(predicate).toList();
    }

    /** For each context, the contexts that declare a dependency on it. */
    private static Map<String, Set<String>> dependents(ClassLoader classLoader) {
        Map<String, Set<String>> dependents = new LinkedHashMap<>();
        for (String context : Topology.CONTEXTS) {
            ApplicationModule module = moduleOf(context, classLoader);
            for (String dependency : module == null ? new String[0] : module.allowedDependencies()) {
                String target = dependency.split("::")[0].trim();
                dependents.computeIfAbsent(target, any -> new TreeSet<>()).add(context);
            }
        }
        return dependents;
    }

    private static ApplicationModule moduleOf(String context, ClassLoader classLoader) {
        try {
            return Class.forName("io.cleave." + context + ".package-info", false, classLoader)
                    .getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException notOnTheClassPath) {
            return null;
        }
    }

    private static boolean isListener(Method method) {
        return method.getParameterCount() == 1
                && (AnnotatedElementUtils.hasAnnotation(method, EventListener.class)
                        || AnnotatedElementUtils.hasAnnotation(method, TransactionalEventListener.class));
    }

    private static boolean isApiType(Class<?> type) {
        return type.isRecord() && type.getPackageName().endsWith(".api")
                && Topology.contextOf(type.getName()).isPresent();
    }

    public enum Kind {
        EVENT, COMMAND
    }

    /**
     * One message type: its owning context, whether it is an event or a command, the contexts that
     * consume it, its name on the wire, and the topic and record key its type declares.
     */
    public record Route(Class<?> type, String owner, Kind kind, Set<String> publishers, Set<String> consumers) {

        static Route of(Class<?> type, Set<String> consumers, Map<String, Set<String>> dependents) {
            String owner = Topology.contextOf(type.getName()).orElseThrow();
            Kind kind = type.isAnnotationPresent(Command.class) ? Kind.COMMAND : Kind.EVENT;
            if (kind == Kind.COMMAND) {
                // A command is its owner's to handle; another context listening to one (a test
                // recorder, say) sees only those sent in its own process, and is no route's consumer.
                // This keeps a command from being both sent out and taken in by one process.
                consumers = consumers.contains(owner) ? Set.of(owner) : Set.of();
            }
            Set<String> publishers = kind == Kind.EVENT ? Set.of(owner) : dependents.getOrDefault(owner, Set.of());
            Route route = new Route(type, owner, kind, Set.copyOf(publishers), Set.copyOf(consumers));
            route.declared(); // a type that declares no topic and key stops the start, not the first send
            return route;
        }

        /** {@code <context>.<Type>}, e.g. {@code payment.PaymentCaptured}: the type's name on the wire. */
        public String typeName() {
            return owner + "." + type.getSimpleName();
        }

        /**
         * The topic the type declares, {@code cleave.<context>.<Type>} by convention, e.g.
         * {@code cleave.payment.PaymentCaptured}.
         */
        public String topic() {
            return declared()[0];
        }

        /**
         * The record key the type declares, as a SpEL template on the message, e.g.
         * {@code #{reference()}}: every message about one thing lands on one partition, in order.
         */
        public String keyExpression() {
            return declared()[1];
        }

        /** Topic and key of the type's {@code @Externalized("<topic>::<key>")}. */
        private String[] declared() {
            Externalized externalized = type.getAnnotation(Externalized.class);
            String declaration = externalized == null ? "" : externalized.value(); // what rule 5 reads
            String[] parts = declaration.split("::", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalStateException("%s crosses processes, so it declares its topic and record key: "
                        .formatted(type.getName()) + "@Externalized(\"<topic>::#{<component>()}\")");
            }
            return parts;
        }

        public boolean isSentOutBy(Topology topology) {
            return publishers().stream().anyMatch(topology::isLocal)
                    && consumers.stream().anyMatch(consumer -> !topology.isLocal(consumer));
        }

        public boolean isTakenInBy(Topology topology) {
            return publishers().stream().anyMatch(publisher -> !topology.isLocal(publisher))
                    && consumers.stream().anyMatch(topology::isLocal);
        }
    }
}

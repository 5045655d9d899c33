package io.cleave.architecture;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * Cleave's own architecture rules (docs/design.md, section 3), each a function of the root package so
 * that the same rule runs against the real code ({@code io.cleave}) and against a fixture that
 * violates it ({@code fixture.cleave.*}). Spring Modulith's verification (rule 1, with the
 * jMolecules DDD and hexagonal rules) runs in {@link ModularityTests}.
 * <p>
 * A context is a direct subpackage of the root other than the infrastructure packages
 * {@code kernel}, {@code platform}, {@code kafka}, {@code http}, {@code edge} and {@code telemetry}.
 */
final class CleaveRules {

    static final Set<String> NOT_CONTEXTS = Set.of("kernel", "platform", "kafka", "http", "edge", "telemetry");

    /** What spring-context and spring-tx put at an application service's disposal. */
    private static final List<String> SPRING_CONTEXT_AND_TX = List.of("org.springframework.context.",
            "org.springframework.stereotype.", "org.springframework.scheduling.", "org.springframework.cache.",
            "org.springframework.transaction.");

    private CleaveRules() {
    }

    /** Rule 2: the domain depends on nothing but {@code java.*}, the kernel, jMolecules and its own domain. */
    static ArchRule domainIsPure(String root) {
        return ArchRuleDefinition.classes()
                .that().resideInAPackage(root + ".*.domain..")
                .should(onlyDependOn("java, the kernel, jMolecules and its own domain", (origin, target) ->
                        isJava(target) || isKernel(root, target) || isJMolecules(target)
                                || isInLayer(root, target, contextOf(root, origin), "domain")))
                .as("Rule 2: a domain depends only on java.*, the kernel, jMolecules and its own domain")
                .allowEmptyShould(true);
    }

    /**
     * Rule 3: an application layer depends on its own domain and application, other contexts' api,
     * the kernel, jMolecules and spring-context/spring-tx only: no adapter, web, JDBC, Kafka or Jackson.
     */
    static ArchRule applicationDependsOnlyOnDomainApisAndSpringContext(String root) {
        return ArchRuleDefinition.classes()
                .that().resideInAPackage(root + ".*.application..")
                .should(onlyDependOn("its domain, api types, the kernel, jMolecules and spring-context/spring-tx",
                        (origin, target) -> {
                            Optional<String> own = contextOf(root, origin);
                            return isJava(target) || isKernel(root, target) || isJMolecules(target)
                                    || isInLayer(root, target, own, "domain") || isInLayer(root, target, own, "application")
                                    || isApi(root, target) || isSpringContextOrTx(target)
                                    || target.getPackageName().startsWith("org.jspecify");
                        }))
                .as("Rule 3: an application layer depends only on its domain, api types, the kernel, jMolecules "
                        + "and spring-context/spring-tx")
                .allowEmptyShould(true);
    }

    /**
     * Rule 5: an api holds records, enums and (query facade) interfaces of plain values; every command
     * or event record carries a {@code UUID messageId} first and declares its Kafka topic and record
     * key, {@code @Externalized("<topic>::#{<component>()}")}, the key naming one of its components.
     */
    static ArchRule apiTypesArePlainRecords(String root) {
        return ArchRuleDefinition.classes()
                .that().resideInAPackage(root + ".*.api")
                .and().doNotHaveSimpleName("package-info")
                .and().areTopLevelClasses()
                .should(new ArchCondition<>("be records, enums or interfaces of plain values, "
                        + "messages with a UUID messageId first and their topic and key declared") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        checkApiType(root, type, events);
                    }
                })
                .as("Rule 5: api types are records, enums or interfaces of plain values; "
                        + "commands and events carry a UUID messageId first and declare their topic and key")
                .allowEmptyShould(true);
    }

    /**
     * Rule 8: no context (nor the kernel) depends on the platform, the Kafka, HTTP, edge and telemetry adapters,
     * or on security types: a context receives its caller as the kernel's {@code Caller}, never a token.
     */
    static ArchRule contextsDoNotDependOnInfrastructure(String root) {
        String[] infrastructure = { root + ".platform..", root + ".kafka..", root + ".http..", root + ".edge..",
                root + ".telemetry.." };
        return ArchRuleDefinition.noClasses()
                .that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(infrastructure)
                .and(DescribedPredicate.describe("are not the application's boot class",
                        (JavaClass type) -> !type.getPackageName().equals(root)))
                .should().dependOnClassesThat().resideInAnyPackage(infrastructure)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.security..", "com.nimbusds..")
                .as("Rule 8: no context depends on platform, kafka, http, edge, telemetry or security types")
                .allowEmptyShould(true);
    }

    /**
     * Rule 4: an adapter reaches another context only through that context's {@code api}, and an
     * incoming adapter never calls an outgoing one directly.
     */
    static ArchRule adaptersUseOtherContextsOnlyThroughTheirApi(String root) {
        return ArchRuleDefinition.classes()
                .that().resideInAPackage(root + ".*.adapter..")
                .should(new ArchCondition<>("reach other contexts only through their api, and not call adapter.out from adapter.in") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> own = contextOf(root, origin);
                        boolean incoming = origin.getPackageName().contains(".adapter.in");
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = baseOf(dependency.getTargetClass());
                            Optional<String> other = contextOf(root, target);
                            boolean foreignInternals = other.isPresent() && !other.equals(own) && !isApi(root, target);
                            boolean inCallsOut = incoming && other.equals(own) && isInLayer(root, target, own, "adapter.out");
                            if (foreignInternals || inCallsOut) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .as("Rule 4: adapters reach other contexts only through their api; adapter.in never calls adapter.out")
                .allowEmptyShould(true);
    }

    /** Rule 6: value objects and identifiers are immutable: records, or classes with only final fields. */
    static ArchRule valueObjectsAreImmutable(String root) {
        return ArchRuleDefinition.classes()
                .that().resideInAPackage(root + "..")
                .and(DescribedPredicate.describe("are value objects or identifiers", CleaveRules::isValueObject))
                .should(new ArchCondition<>("be records or have only final fields") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (type.isRecord() || type.isEnum()) {
                            return;
                        }
                        type.getFields().stream()
                                .filter(field -> !field.getModifiers().contains(JavaModifier.FINAL))
                                .forEach(field -> events.add(SimpleConditionEvent.violated(field,
                                        "%s is a value object but its field %s is not final"
                                                .formatted(type.getName(), field.getName()))));
                    }
                })
                .as("Rule 6: value objects are immutable (records, or only final fields)")
                .allowEmptyShould(true);
    }

    static List<ArchRule> all(String root) {
        return List.of(domainIsPure(root), applicationDependsOnlyOnDomainApisAndSpringContext(root),
                adaptersUseOtherContextsOnlyThroughTheirApi(root), apiTypesArePlainRecords(root),
                valueObjectsAreImmutable(root), contextsDoNotDependOnInfrastructure(root));
    }

    private static boolean isValueObject(JavaClass type) {
        return type.isAnnotatedWith("org.jmolecules.ddd.annotation.ValueObject")
                || type.getAllRawInterfaces().stream().anyMatch(it -> it.getName().equals("org.jmolecules.ddd.types.ValueObject")
                        || it.getName().equals("org.jmolecules.ddd.types.Identifier"));
    }

    // --- rule 5 in detail

    private static final Set<String> PLAIN_TYPES = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Integer",
            "java.lang.Long", "java.lang.Short", "java.lang.Double", "java.lang.Float", "java.lang.Character",
            "java.lang.Byte", "java.util.UUID", "java.math.BigDecimal", "java.math.BigInteger", "java.util.Currency",
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Optional");

    private static final Set<String> MESSAGE_MARKERS = Set.of("org.jmolecules.event.types.DomainEvent",
            "org.jmolecules.architecture.cqrs.Command");

    private static final Set<String> MESSAGE_ANNOTATIONS = Set.of("org.jmolecules.event.annotation.DomainEvent",
            "org.jmolecules.architecture.cqrs.annotation.Command");

    private static void checkApiType(String root, JavaClass type, ConditionEvents events) {
        if (type.isInterface() || type.isEnum()) {
            return;
        }
        if (!type.isRecord()) {
            events.add(SimpleConditionEvent.violated(type, type.getName() + " is neither a record, an enum nor an interface"));
            return;
        }
        // ArchUnit does not keep declaration order; the record's own components do.
        List<JavaField> components = java.util.Arrays.stream(type.reflect().getRecordComponents())
                .map(component -> type.getField(component.getName()))
                .toList();
        for (JavaField component : components) {
            if (!isPlain(root, component.getType())) {
                events.add(SimpleConditionEvent.violated(type, "%s.%s is of type %s, which is not a plain value"
                        .formatted(type.getName(), component.getName(), component.getType().getName())));
            }
        }
        if (isMessage(type)) {
            boolean messageIdFirst = !components.isEmpty() && components.get(0).getName().equals("messageId")
                    && components.get(0).getRawType().isEquivalentTo(java.util.UUID.class);
            if (!messageIdFirst) {
                events.add(SimpleConditionEvent.violated(type,
                        type.getName() + " is a command or event but does not carry a UUID messageId as its first component"));
            }
            checkDeclaredRoute(type, components, events);
        }
    }

    private static final Pattern KEY_EXPRESSION = Pattern.compile("#\\{(\\w+)\\(\\)}");

    /** Topic and key declared on the type, so that renaming a component cannot silently move a partition key. */
    private static void checkDeclaredRoute(JavaClass type, List<JavaField> components, ConditionEvents events) {
        String declaration = type.tryGetAnnotationOfType("org.jmolecules.event.annotation.Externalized")
                .map(externalized -> String.valueOf(externalized.get("value").orElse("")))
                .orElse("");
        String[] parts = declaration.split("::", 2);
        if (parts.length != 2 || parts[0].isBlank()) {
            events.add(SimpleConditionEvent.violated(type, type.getName() + " is a command or event but does not declare "
                    + "its topic and record key: @Externalized(\"<topic>::#{<component>()}\")"));
            return;
        }
        Matcher key = KEY_EXPRESSION.matcher(parts[1]);
        if (!key.matches()) {
            events.add(SimpleConditionEvent.violated(type, type.getName() + "'s record key " + parts[1]
                    + " is not #{<component>()}"));
        } else if (components.stream().noneMatch(component -> component.getName().equals(key.group(1)))) {
            events.add(SimpleConditionEvent.violated(type, type.getName() + "'s record key names " + key.group(1)
                    + ", which is not one of its components"));
        }
    }

    private static boolean isMessage(JavaClass type) {
        return type.getAllRawInterfaces().stream().anyMatch(it -> MESSAGE_MARKERS.contains(it.getName()))
                || type.getAnnotations().stream().anyMatch(it -> MESSAGE_ANNOTATIONS.contains(it.getRawType().getName()));
    }

    private static boolean isPlain(String root, JavaType javaType) {
        JavaClass raw = javaType.toErasure();
        if (raw.isPrimitive()) {
            return true;
        }
        if (raw.isArray()) {
            return isPlain(root, raw.getBaseComponentType());
        }
        boolean plainRaw = PLAIN_TYPES.contains(raw.getName()) || raw.getPackageName().startsWith("java.time")
                || isKernel(root, raw)
                || (raw.getPackageName().startsWith(root + ".") && raw.getPackageName().endsWith(".api")
                        && (raw.isRecord() || raw.isEnum()));
        if (!plainRaw) {
            return false;
        }
        if (javaType instanceof JavaParameterizedType parameterized) {
            return parameterized.getActualTypeArguments().stream().allMatch(argument -> isPlain(root, argument));
        }
        return true;
    }

    // --- shared helpers

    interface DependencyCheck {
        boolean allowed(JavaClass origin, JavaClass target);
    }

    private static ArchCondition<JavaClass> onlyDependOn(String description, DependencyCheck check) {
        return new ArchCondition<>("only depend on " + description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = baseOf(dependency.getTargetClass());
                    if (!target.isPrimitive() && !check.allowed(origin, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static JavaClass baseOf(JavaClass type) {
        return type.isArray() ? type.getBaseComponentType() : type;
    }

    /** The context a class belongs to: the first package segment below the root. */
    static Optional<String> contextOf(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String context = name.substring(root.length() + 1).split("\\.")[0];
        return NOT_CONTEXTS.contains(context) ? Optional.empty() : Optional.of(context);
    }

    private static boolean isInLayer(String root, JavaClass target, Optional<String> context, String layer) {
        return context.map(own -> {
            String base = root + "." + own + "." + layer;
            return target.getPackageName().equals(base) || target.getPackageName().startsWith(base + ".");
        }).orElse(false);
    }

    private static boolean isApi(String root, JavaClass target) {
        return contextOf(root, target).isPresent() && target.getPackageName().endsWith(".api");
    }

    private static boolean isJava(JavaClass target) {
        return target.getPackageName().startsWith("java.");
    }

    private static boolean isKernel(String root, JavaClass target) {
        return target.getPackageName().equals(root + ".kernel") || target.getPackageName().startsWith(root + ".kernel.");
    }

    private static boolean isJMolecules(JavaClass target) {
        return target.getPackageName().startsWith("org.jmolecules.");
    }

    private static boolean isSpringContextOrTx(JavaClass target) {
        String name = target.getPackageName() + ".";
        return SPRING_CONTEXT_AND_TX.stream().anyMatch(name::startsWith);
    }
}

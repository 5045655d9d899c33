package io.cleave.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * Rule 7: a context's SQL touches only its own schema. Checked where SQL lives: the context's
 * Flyway scripts (every object named must be qualified with the context's schema), the schema of
 * its {@code @Table} rows, and schema-qualified table names in the string constants of its classes.
 */
final class SchemaOwnership {

    /** Statements whose object must be schema-qualified, the object captured. */
    private static final List<Pattern> QUALIFIED_OBJECTS = List.of(
            Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([\\w.\"]+)"),
            Pattern.compile("alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?([\\w.\"]+)"),
            Pattern.compile("create\\s+(?:unique\\s+)?index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?\\w+\\s+on\\s+([\\w.\"]+)"),
            Pattern.compile("references\\s+([\\w.\"]+)"),
            Pattern.compile("insert\\s+into\\s+([\\w.\"]+)"),
            Pattern.compile("delete\\s+from\\s+([\\w.\"]+)"),
            Pattern.compile("update\\s+([\\w.\"]+)\\s+set\\b"));

    /** A schema-qualified table named by SQL in a string constant. */
    private static final Pattern SQL_TABLE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table|references)\\s+\"?(\\w+)\"?\\s*\\.\\s*\"?\\w+");

    private SchemaOwnership() {
    }

    /** The class side of rule 7: {@code @Table} schemas and SQL in string constants. */
    static ArchRule sqlInCodeStaysInOwnSchema(String root, JavaClasses classes) {
        Set<String> schemas = knownSchemas(root, classes);
        return ArchRuleDefinition.classes()
                .that().resideInAPackage(root + ".*..")
                .should(new ArchCondition<>("name no schema but their context's own in @Table or SQL") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        Optional<String> own = CleaveRules.contextOf(root, type);
                        if (own.isEmpty()) {
                            return;
                        }
                        type.tryGetAnnotationOfType("org.springframework.data.relational.core.mapping.Table")
                                .map(table -> String.valueOf(table.get("schema").orElse("")))
                                .filter(schema -> !schema.equals(own.get()))
                                .ifPresent(schema -> events.add(SimpleConditionEvent.violated(type,
                                        "%s maps a table in schema '%s', not in its context's schema '%s'"
                                                .formatted(type.getName(), schema, own.get()))));
                        Matcher sql = SQL_TABLE.matcher(constantsOf(type));
                        while (sql.find()) {
                            String schema = sql.group(1).toLowerCase();
                            if (schemas.contains(schema) && !schema.equals(own.get())) {
                                events.add(SimpleConditionEvent.violated(type, "%s has SQL touching schema '%s': \"%s\""
                                        .formatted(type.getName(), schema, sql.group())));
                            }
                        }
                    }
                })
                .as("Rule 7: a context's SQL touches only its own schema")
                .allowEmptyShould(true);
    }

    /**
     * The migration side of rule 7: every object a context's scripts name under
     * {@code <location>/<context>/} is qualified with that context's schema.
     */
    static List<String> migrationViolations(String location, Collection<String> contexts) {
        List<String> violations = new ArrayList<>();
        for (String context : contexts) {
            for (Resource script : scripts(location + "/" + context)) {
                String sql = withoutComments(read(script)).toLowerCase();
                for (Pattern statement : QUALIFIED_OBJECTS) {
                    Matcher matcher = statement.matcher(sql);
                    while (matcher.find()) {
                        String object = matcher.group(1).replace("\"", "");
                        if (!object.startsWith(context + ".")) {
                            violations.add("%s (context %s) names '%s', which is not in schema '%s'"
                                    .formatted(script.getFilename(), context, object, context));
                        }
                    }
                }
            }
        }
        return violations;
    }

    /** The contexts of the imported code: every direct subpackage of the root but the infrastructure. */
    static Set<String> contexts(String root, JavaClasses classes) {
        return classes.stream()
                .map(type -> CleaveRules.contextOf(root, type))
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Set<String> knownSchemas(String root, JavaClasses classes) {
        Set<String> schemas = new java.util.HashSet<>(contexts(root, classes));
        schemas.add("public");
        return schemas;
    }

    /** The class file as text: its string constants appear in it verbatim (modified UTF-8). */
    private static String constantsOf(JavaClass type) {
        try (InputStream in = type.getSource().orElseThrow().getUri().toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource[] scripts(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath*:" + location + "/*.sql");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource script) {
        try (InputStream in = script.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }
}

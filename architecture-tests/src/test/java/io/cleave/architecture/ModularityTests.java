package io.cleave.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Rule 1: Spring Modulith's verification of the real module model: no cycles, other contexts only
 * through their {@code api}, declared dependencies only; it runs the jMolecules DDD rules and the
 * hexagonal rules (lenient) too. The fixtures show it catching each kind of violation.
 */
class ModularityTests {

    /** Fixtures live in test sources, which Spring Modulith skips by default. */
    private static final ImportOption EVERYTHING = location -> true;

    private static final ApplicationModules MODULES = ApplicationModules.of("io.cleave");

    @Test
    void cleavesModulesAreWellFormed() {
        MODULES.verify();
    }

    /**
     * Regenerates the C4 component diagram, one diagram and one canvas per module, under
     * {@code docs/architecture/} (committed, so a change to the module structure shows in review).
     */
    @Test
    void writesTheArchitectureDocumentation() throws Exception {
        Path output = Path.of("..", "docs", "architecture");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeDocumentation();

        assertThat(output.resolve("components.puml")).exists();
        for (ApplicationModule module : MODULES) {
            assertThat(output.resolve("module-" + module.getIdentifier() + ".puml")).exists();
        }
    }

    /** The module diagram in README.md is hand-drawn; this keeps it equal to the real dependencies. */
    @Test
    void theReadmeDiagramShowsTheRealModuleDependencies() throws Exception {
        Set<String> actual = new TreeSet<>();
        for (ApplicationModule module : MODULES) {
            module.getDirectDependencies(MODULES).uniqueModules()
                    .map(dependency -> module.getIdentifier() + " --> " + dependency.getIdentifier())
                    .forEach(actual::add);
        }
        String readme = Files.readString(Path.of("..", "README.md"));
        String diagram = readme.substring(readme.indexOf("```mermaid"), readme.indexOf("```", readme.indexOf("```mermaid") + 3));
        Set<String> drawn = new TreeSet<>();
        Matcher edge = Pattern.compile("(\\w+) --> (\\w+)").matcher(diagram);
        while (edge.find()) {
            drawn.add(edge.group(1) + " --> " + edge.group(2));
        }

        assertThat(drawn).isEqualTo(actual);
    }

    @Test
    void verificationReportsCyclesAndAccessToAnotherModulesInternals() {
        Violations violations = ApplicationModules.of("fixture.cleave.modulith", EVERYTHING).detectViolations();

        assertThat(violations.getMessages())
                .anySatisfy(message -> assertThat(message).contains("Cycle detected"))
                .anySatisfy(message -> assertThat(message).contains("non-exposed type")
                        .contains("fixture.cleave.modulith.billing.internal.Invoices"));
    }

    @Test
    void verificationRunsTheJMoleculesDddRules() {
        Violations violations = ApplicationModules.of("fixture.cleave.ddd", EVERYTHING).detectViolations();

        assertThat(violations.getMessages())
                .anySatisfy(message -> assertThat(message).contains("Order.customer refers to an aggregate root"));
    }
}

package io.cleave.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Rule 1: Spring Modulith's verification of the real module model: no cycles, other contexts only
 * through their {@code api}, declared dependencies only; it runs the jMolecules DDD rules and the
 * hexagonal rules (lenient) too. The fixtures show it catching each kind of violation.
 */
class ModularityTests {

    /** Fixtures live in test sources, which Spring Modulith skips by default. */
    private static final ImportOption EVERYTHING = location -> true;

    @Test
    void cleavesModulesAreWellFormed() {
        ApplicationModules.of("io.cleave").verify();
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

package io.cleave.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules of docs/design.md, section 3, against Cleave's real code. A violation planted in any context
 * fails this test, and with it the build. {@link RulesCatchViolationsTests} shows each rule firing.
 */
class ArchitectureRulesTests {

    private static final JavaClasses CLEAVE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cleave");

    @Test
    void rule2DomainIsPure() {
        CleaveRules.domainIsPure("io.cleave").check(CLEAVE);
    }

    @Test
    void rule3ApplicationDependsOnlyOnDomainApisAndSpringContext() {
        CleaveRules.applicationDependsOnlyOnDomainApisAndSpringContext("io.cleave").check(CLEAVE);
    }

    @Test
    void rule4AdaptersUseOtherContextsOnlyThroughTheirApi() {
        CleaveRules.adaptersUseOtherContextsOnlyThroughTheirApi("io.cleave").check(CLEAVE);
    }

    @Test
    void rule5ApiTypesArePlainRecords() {
        CleaveRules.apiTypesArePlainRecords("io.cleave").check(CLEAVE);
    }

    @Test
    void rule6ValueObjectsAreImmutable() {
        CleaveRules.valueObjectsAreImmutable("io.cleave").check(CLEAVE);
    }

    @Test
    void rule7ContextSqlStaysInItsOwnSchema() {
        SchemaOwnership.sqlInCodeStaysInOwnSchema("io.cleave", CLEAVE).check(CLEAVE);
        assertThat(SchemaOwnership.migrationViolations("db/migration", SchemaOwnership.contexts("io.cleave", CLEAVE)))
                .isEmpty();
    }

    @Test
    void rule8ContextsDoNotDependOnInfrastructure() {
        CleaveRules.contextsDoNotDependOnInfrastructure("io.cleave").check(CLEAVE);
    }
}

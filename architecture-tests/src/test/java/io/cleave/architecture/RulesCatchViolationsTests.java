package io.cleave.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * Each rule against a fixture that breaks it on purpose ({@code fixture.cleave.*}): the rule must
 * report exactly the planted violations and leave the compliant fixture classes alone.
 */
class RulesCatchViolationsTests {

    @Test
    void rule2ReportsADomainUsingJdbcOrAnotherContextsDomain() {
        String report = violations(CleaveRules.domainIsPure("fixture.cleave.rule2"), "fixture.cleave.rule2");

        assertThat(report)
                .contains("Basket.jdbc", "JdbcTemplate")
                .contains("Basket.lastItem", "fixture.cleave.rule2.stock.domain.Item")
                .doesNotContain("BasketLine");
    }

    @Test
    void rule3ReportsAnApplicationUsingWebItsAdaptersOrAnotherContextsDomain() {
        String report = violations(CleaveRules.applicationDependsOnlyOnDomainApisAndSpringContext("fixture.cleave.rule3"),
                "fixture.cleave.rule3");

        assertThat(report)
                .contains("CheckoutService.http", "RestClient")
                .contains("CheckoutService.rows", "BasketRows")
                .contains("CheckoutService.item", "fixture.cleave.rule3.stock.domain.Item")
                .doesNotContain("PlaceBasket");
    }

    @Test
    void rule4ReportsAnAdapterReachingAnotherContextsInternalsOrItsOwnOutgoingAdapter() {
        String report = violations(CleaveRules.adaptersUseOtherContextsOnlyThroughTheirApi("fixture.cleave.rule4"),
                "fixture.cleave.rule4");

        assertThat(report)
                .contains("BasketController.rows", "shop.adapter.out.persistence.BasketRows")
                .contains("BasketController.item", "stock.domain.StockItem")
                .contains("BasketController.stockRows", "stock.adapter.out.persistence.StockRows")
                .doesNotContain("StockClient");
    }

    @Test
    void rule5ReportsNonRecordsMissingMessageIdsNonPlainComponentsAndUndeclaredRoutes() {
        String report = violations(CleaveRules.apiTypesArePlainRecords("fixture.cleave.rule5"), "fixture.cleave.rule5");

        assertThat(report)
                .contains("BasketView is neither a record")
                .contains("BasketCheckedOut is a command or event but does not carry a UUID messageId as its first component")
                .contains("CheckOutBasket is a command or event but does not carry a UUID messageId")
                .contains("BasketLeaked.connection is of type java.sql.Connection")
                .contains("BasketEmptied is a command or event but does not declare its topic and record key")
                .contains("BasketAbandoned's record key names cartId, which is not one of its components")
                .doesNotContain("BasketPriced", "BasketQueries");
    }

    @Test
    void rule6ReportsMutableValueObjectsAndIdentifiers() {
        String report = violations(CleaveRules.valueObjectsAreImmutable("fixture.cleave.rule6"), "fixture.cleave.rule6");

        assertThat(report)
                .contains("Price is a value object but its field cents is not final")
                .contains("BasketId is a value object but its field value is not final")
                .doesNotContain("Weight", "Volume");
    }

    @Test
    void rule7ReportsForeignSchemasInRowsSqlAndMigrations() {
        JavaClasses fixture = new ClassFileImporter().importPackages("fixture.cleave.rule7");
        String report = violations(SchemaOwnership.sqlInCodeStaysInOwnSchema("fixture.cleave.rule7", fixture),
                "fixture.cleave.rule7");

        assertThat(report)
                .contains("BasketRow maps a table in schema 'stock'")
                .contains("BasketQueries has SQL touching schema 'stock'")
                .doesNotContain("\"from shop.basket\"");
        assertThat(SchemaOwnership.migrationViolations("fixture/cleave/rule7/db/migration", java.util.List.of("shop")))
                .containsExactlyInAnyOrder(
                        "V1__basket.sql (context shop) names 'basket_line', which is not in schema 'shop'",
                        "V1__basket.sql (context shop) names 'stock.item', which is not in schema 'shop'",
                        "V1__basket.sql (context shop) names 'stock.item', which is not in schema 'shop'");
    }

    @Test
    void rule8ReportsAContextUsingThePlatformTheKafkaTelemetryOrEdgeAdapterOrASecurityType() {
        String report = violations(CleaveRules.contextsDoNotDependOnInfrastructure("fixture.cleave.rule8"),
                "fixture.cleave.rule8");

        assertThat(report)
                .contains("Checkout.topology", "fixture.cleave.rule8.platform.Topology")
                .contains("RemoteStock.producer", "fixture.cleave.rule8.kafka.Producer")
                .contains("RemoteStock.pauses", "fixture.cleave.rule8.telemetry.Pauses")
                .contains("BasketController.tokens", "fixture.cleave.rule8.edge.Tokens")
                .contains("BasketController.token", "org.springframework.security.oauth2.jwt.Jwt");
    }

    private static String violations(ArchRule rule, String fixturePackage) {
        JavaClasses fixture = new ClassFileImporter().importPackages(fixturePackage);
        EvaluationResult result = rule.evaluate(fixture);
        assertThat(result.hasViolation()).as("%s reports its fixture", rule.getDescription()).isTrue();
        return result.getFailureReport().toString();
    }
}

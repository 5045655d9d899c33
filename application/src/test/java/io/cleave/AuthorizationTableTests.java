package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.TestTokens;

/**
 * Who may call what, row by row: every operation of the OpenAPI description, the actuator
 * endpoints and the development issuer's, each called by anonymous, customer A, customer B, staff
 * and a scraper ({@code metrics}: {@code /actuator/prometheus} alone). An operation added later without a row fails {@link #everyDescribedOperationHasARow()}.
 * Writes carry bodies that are invalid, or name nothing that exists, so that a caller who gets
 * through is answered 400, 404 or 422 and nothing changes.
 */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationTableTests {

    /** Operations that are not part of the OpenAPI description; their rows come on top. */
    private static final Set<String> UNDESCRIBED = Set.of("GET /actuator", "GET /actuator/health",
            "GET /actuator/health/liveness", "GET /actuator/info", "GET /actuator/metrics", "GET /actuator/prometheus",
            "GET /actuator/modulith", "GET /actuator/listeners", "POST /actuator/listeners/{context}", "GET /v3/api-docs", "GET /swagger-ui/index.html",
            "POST /internal/facades/{facade}/{method}", "GET /api/unknown", "GET /dev/jwks", "POST /dev/oauth2/token");

    @LocalServerPort int port;

    SecuredApi api;
    Map<String, Row> rows;

    /** One operation: where, with what body, and the status each caller gets: anonymous, A, B, staff. */
    record Row(String method, String path, String body, int anonymous, int customerA, int customerB, int staff) {

        /**
         * A scraper's token opens {@code GET /actuator/prometheus} and nothing else: where a token is
         * needed it is refused (403), unless the endpoint refuses every bearer token (401).
         */
        int scraper() {
            if (method.equals("GET") && path.equals("/actuator/prometheus")) {
                return 200;
            }
            return anonymous != 401 ? anonymous : customerA == 401 ? 401 : 403;
        }
    }

    @BeforeAll
    void callersAndTheirData() {
        api = new SecuredApi(port);
        String product = api.staff.get("/api/catalog/products?sku=" + api.sku).text("/content/0/id");
        String nobody = UUID.randomUUID().toString();
        rows = new LinkedHashMap<>();
        // anyone
        row("GET /api/catalog/products", "/api/catalog/products", null, 200, 200, 200, 200);
        row("GET /api/catalog/products/{id}", "/api/catalog/products/" + product, null, 200, 200, 200, 200);
        row("GET /actuator/health", "/actuator/health", null, 200, 200, 200, 200);
        row("GET /actuator/health/liveness", "/actuator/health/liveness", null, 200, 200, 200, 200);
        row("GET /actuator/info", "/actuator/info", null, 200, 200, 200, 200);
        row("GET /v3/api-docs", "/v3/api-docs", null, 200, 200, 200, 200);
        row("GET /swagger-ui/index.html", "/swagger-ui/index.html", null, 200, 200, 200, 200);
        row("POST /dev/tokens", "/dev/tokens", "{}", 400, 400, 400, 400);
        row("GET /dev/jwks", "/dev/jwks", null, 200, 200, 200, 200);
        // for a client secret only (DevIssuerTests), whatever bearer token comes with the request
        row("POST /dev/oauth2/token", "/dev/oauth2/token", "{}", 401, 401, 401, 401);
        // customers for themselves, staff for anyone
        row("POST /api/customers", "/api/customers", "{}", 401, 400, 400, 400);
        row("GET /api/customers/me", "/api/customers/me", null, 401, 200, 200, 403);
        row("POST /api/orders", "/api/orders", "{}", 401, 400, 400, 400);
        row("GET /api/orders", "/api/orders?customerId=" + api.customerIdA, null, 401, 200, 200, 200);
        row("GET /api/orders/{id}", "/api/orders/" + api.orderOfA, null, 401, 200, 404, 200);
        row("GET /api/orders/{id}/payment", "/api/orders/" + api.orderOfA + "/payment", null, 401, 200, 404, 200);
        row("POST /api/orders/{id}/cancel", "/api/orders/" + api.orderOfA + "/cancel", null, 401, 422, 404, 422);
        // staff only
        row("GET /api/customers/{id}", "/api/customers/" + api.customerIdA, null, 401, 200, 404, 200);
        row("POST /api/customers/{id}/deactivate", "/api/customers/" + nobody + "/deactivate", null, 401, 403, 403, 404);
        row("PUT /api/customers/{id}/subject", "/api/customers/" + nobody + "/subject", "{}", 401, 403, 403, 400);
        row("POST /api/catalog/products", "/api/catalog/products", "{}", 401, 403, 403, 400);
        row("PUT /api/catalog/products/{id}/price", "/api/catalog/products/" + product + "/price", "{}", 401, 403, 403, 400);
        row("POST /api/catalog/products/{id}/retire", "/api/catalog/products/" + nobody + "/retire", null, 401, 403, 403, 404);
        row("GET /api/inventory/{sku}", "/api/inventory/" + api.sku, null, 401, 403, 403, 200);
        row("POST /api/inventory/{sku}/receipts", "/api/inventory/" + api.sku + "/receipts", "{}", 401, 403, 403, 400);
        row("GET /api/payments", "/api/payments?reference=" + api.orderOfA, null, 401, 403, 403, 200);
        row("GET /api/settlements/{date}", "/api/settlements/2999-01-01", null, 401, 403, 403, 200);
        row("POST /api/settlements/{date}/close", "/api/settlements/2999-01-01/close", null, 401, 403, 403, 422);
        row("GET /actuator", "/actuator", null, 401, 403, 403, 200);
        row("GET /actuator/metrics", "/actuator/metrics", null, 401, 403, 403, 200);
        row("GET /actuator/prometheus", "/actuator/prometheus", null, 401, 403, 403, 200);
        row("GET /actuator/modulith", "/actuator/modulith", null, 401, 403, 403, 200);
        row("GET /actuator/listeners", "/actuator/listeners", null, 401, 403, 403, 200);
        row("POST /actuator/listeners/{context}", "/actuator/listeners/nowhere", "{\"paused\":true}", 401, 403, 403, 400);
        // other Cleave processes only (the facade endpoint exists only in a split: here nobody gets through)
        row("POST /internal/facades/{facade}/{method}", "/internal/facades/customer.CustomerDirectory/customerById",
                "[]", 401, 403, 403, 403);
        // not listed: refused to everyone
        row("GET /api/unknown", "/api/unknown", null, 401, 403, 403, 403);
    }

    private void row(String operation, String path, String body, int anonymous, int a, int b, int staff) {
        rows.put(operation, new Row(operation.substring(0, operation.indexOf(' ')), path, body, anonymous, a, b, staff));
    }

    @Test
    void everyDescribedOperationHasARow() {
        Set<String> described = new TreeSet<>();
        api.anonymous.get("/v3/api-docs").json().at("/paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> described.add(method.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(described).hasSizeGreaterThanOrEqualTo(20);

        Set<String> tabled = new TreeSet<>(rows.keySet());
        tabled.removeAll(UNDESCRIBED);
        assertThat(tabled).as("rows for exactly the described operations").isEqualTo(described);
    }

    @Test
    void eachCallerGetsWhatTheTableSays() {
        List<String> mismatches = new ArrayList<>();
        rows.forEach((operation, row) -> {
            check(mismatches, operation, "anonymous", api.anonymous, row, row.anonymous());
            check(mismatches, operation, "customer A", api.customerA, row, row.customerA());
            check(mismatches, operation, "customer B", api.customerB, row, row.customerB());
            check(mismatches, operation, "staff", api.staff, row, row.staff());
            check(mismatches, operation, "a scraper", api.scraper, row, row.scraper());
        });
        assertThat(mismatches).isEmpty();
    }

    private static void check(List<String> mismatches, String operation, String caller, HttpTestClient http, Row row,
            int expected) {
        Response response = http.send(row.method(), row.path(), row.body());
        if (response.status() != expected) {
            mismatches.add("%s as %s: %d, expected %d (%s)".formatted(operation, caller, response.status(), expected,
                    response.body().length() > 200 ? response.body().substring(0, 200) : response.body()));
            return;
        }
        if (expected == 401 || expected == 403) {
            if (!response.contentType().startsWith("application/problem+json")
                    || !response.text("/status").equals(String.valueOf(expected))) {
                mismatches.add("%s as %s: %d without problem details: %s".formatted(operation, caller, expected,
                        response.body()));
            }
            // the token endpoint asks for a client's id and secret, everything else for a bearer token
            String scheme = row.path().equals("/dev/oauth2/token") ? "Basic" : "Bearer";
            if (expected == 401 && !response.wwwAuthenticate().orElse("").startsWith(scheme)) {
                mismatches.add("%s as %s: 401 without WWW-Authenticate: %s".formatted(operation, caller, scheme));
            }
        }
    }

    /** Service tokens are for the facade endpoint of a split; on the API they get nowhere. */
    @Test
    void aServiceTokenReachesNoApiOperation() {
        var service = api.anonymous.withToken(TestTokens.sign(TestTokens.issuerKey(), "payment-service", "service"));
        for (String path : List.of("/api/orders?customerId=" + api.customerIdA, "/api/customers/" + api.customerIdA,
                "/api/payments?reference=x", "/api/inventory/" + api.sku, "/actuator/metrics")) {
            assertThat(service.get(path).status()).as(path).isEqualTo(403);
        }
        // it passes the edge at the facade endpoint, which a monolith does not serve
        assertThat(service.send("POST", "/internal/facades/customer.CustomerDirectory/customerById", "[]").status())
                .isEqualTo(404);
    }

    @Test
    void healthShowsItsDetailsToStaffOnly() {
        assertThat(api.anonymous.get("/actuator/health").json().has("components")).isFalse();
        assertThat(api.customerA.get("/actuator/health").json().has("components")).isFalse();
        assertThat(api.staff.get("/actuator/health").text("/components/db/status")).isEqualTo("UP");
    }

    @Test
    void expiredForgedTamperedAndForeignTokensAre401EvenWhereNoTokenIsNeeded() throws Exception {
        RSAKey issuer = TestTokens.issuerKey();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(issuer.getKeyID()).generate();
        Instant now = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", TestTokens.sign(issuer, TestTokens.DEV_ISSUER, "mallory", "staff", now.minusSeconds(7200),
                now.minusSeconds(3600)));
        tokens.put("signed by another key", TestTokens.sign(stranger, "mallory", "staff"));
        tokens.put("from another issuer", TestTokens.sign(issuer, "https://issuer.example", "mallory", "staff", now,
                now.plusSeconds(600)));
        String good = TestTokens.sign(issuer, "mallory", "staff");
        tokens.put("tampered", good.substring(0, good.length() - 4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA"));
        tokens.put("not a JWT", "not-a-jwt");
        tokens.put("naming no subject", TestTokens.sign(issuer, " ", "staff"));

        assertThat(api.anonymous.withToken(good).get("/api/payments?reference=x").status())
                .as("the same token, well signed and current").isEqualTo(200);
        tokens.forEach((kind, token) -> {
            for (String path : List.of("/api/payments?reference=x", "/api/catalog/products")) {
                Response response = api.anonymous.withToken(token).get(path);
                assertThat(response.status()).as("%s token on %s", kind, path).isEqualTo(401);
                assertThat(response.wwwAuthenticate()).as(kind).hasValue(
                        "Bearer error=\"invalid_token\", error_description=\"The bearer token is not valid\"");
                assertThat(response.text("/detail")).as(kind).doesNotContain("Exception", "org.", "nimbus");
            }
        });
    }
}

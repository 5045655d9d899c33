package io.cleave;

import static io.cleave.testsupport.ApiAssertions.assertProblem;
import static io.cleave.testsupport.ApiAssertions.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development issuer: tokens for customer and staff to loopback callers, never a service
 * token from there; {@code service} tokens by OAuth2 client credentials for the client secret; a
 * fixed issuer; its public key published; absent where a real identity provider is
 * configured. That its key survives a restart is proven on the jar (CleaveJarIT).
 */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics // the same application context as AuthorizationTableTests
class DevIssuerTests {

    @LocalServerPort int port;

    @Test
    void issuesCustomerAndStaffTokensWithAFixedIssuerWhateverHostIsAskedFor() throws IOException {
        String body = "{\"subject\":\"alice\",\"roles\":[\"customer\"]}";
        // a raw request, because an HTTP client library will not send a Host header of our choosing
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST /dev/tokens HTTP/1.0\r\nHost: evil.example\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200");
            JsonNode issued = JsonMapper.builder().build().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));

            assertThat(issued.at("/token_type").asString()).isEqualTo("Bearer");
            assertThat(issued.at("/expires_in").asInt()).isEqualTo(3600);
            JsonNode claims = claims(issued.at("/access_token").asString());
            assertThat(claims.at("/iss").asString()).isEqualTo("urn:cleave:dev-issuer");
            assertThat(claims.at("/sub").asString()).isEqualTo("alice");
            assertThat(claims.at("/roles/0").asString()).isEqualTo("customer");
            assertThat(claims.at("/exp").asLong() - claims.at("/iat").asLong()).isEqualTo(3600);
        }
        assertThat(HttpTestClient.onPort(port).post("/dev/tokens", "{\"subject\":\"desk\",\"roles\":[\"staff\"]}").status())
                .isEqualTo(200);
    }

    @Test
    void refusesARequestRelayedByAProxyOnThisMachine() {
        for (String header : List.of("X-Forwarded-For", "Forwarded", "X-Real-IP")) {
            Response relayed = HttpTestClient.onPort(port).post("/dev/tokens",
                    "{\"subject\":\"alice\",\"roles\":[\"staff\"]}", Map.of(header, "127.0.0.1"));
            assertProblem(relayed, 403);
        }
    }

    @Test
    void refusesServiceTokensUnknownRolesAndBlankSubjects() {
        HttpTestClient http = HttpTestClient.onPort(port);
        Response service = http.post("/dev/tokens", "{\"subject\":\"payment\",\"roles\":[\"service\"]}");
        assertProblem(service, 400);
        assertThat(errorFields(service)).containsExactly("roles");
        assertThat(errorFields(http.post("/dev/tokens", "{\"subject\":\"alice\",\"roles\":[\"admin\"]}"))).containsExactly("roles");
        assertThat(errorFields(http.post("/dev/tokens", "{\"subject\":\"alice\",\"roles\":[]}"))).containsExactly("roles");
        assertThat(errorFields(http.post("/dev/tokens", "{\"subject\":\"alice\",\"roles\":[null]}"))).containsExactly("roles");
        assertThat(errorFields(http.post("/dev/tokens", "{\"subject\":\" \",\"roles\":[\"staff\"]}"))).containsExactly("subject");
        assertProblem(http.post("/dev/tokens", "{\"subject\":"), 400);
    }

    @Test
    void publishesThePublicKeyOnly() {
        JsonNode key = HttpTestClient.onPort(port).get("/dev/jwks").json().at("/keys/0");
        assertThat(key.at("/kty").asString()).isEqualTo("RSA");
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("d")).as("the private exponent").isFalse();
        assertThat(key.has("p")).isFalse();
    }

    @Test
    void grantsServiceTokensByClientCredentialsForTheClientSecretOnly() {
        HttpTestClient http = HttpTestClient.onPort(port);
        Response granted = http.postForm("/dev/oauth2/token", "grant_type=client_credentials", TestTokens.SERVICE_CLIENT,
                TestTokens.CLIENT_SECRET);

        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.text("/token_type")).isEqualTo("Bearer");
        JsonNode claims = claims(granted.text("/access_token"));
        assertThat(claims.at("/iss").asString()).as("fixed, whatever address was asked").isEqualTo("urn:cleave:dev-issuer");
        assertThat(claims.at("/sub").asString()).isEqualTo("cleave-service");
        assertThat(claims.at("/roles").toString()).isEqualTo("[\"service\"]");
        assertThat(claims.at("/exp").asLong() - claims.at("/iat").asLong()).isEqualTo(3600);
        String facade = "/internal/facades/payment.PaymentLedger/paymentFor";
        assertThat(http.withToken(granted.text("/access_token")).send("POST", facade, "[\"x\"]").status())
                .as("let through to the facade endpoint (none is served in the monolith)").isEqualTo(404);
        assertProblem(http.as("desk", "staff").send("POST", facade, "[\"x\"]"), 403);

        Response wrongSecret = http.postForm("/dev/oauth2/token", "grant_type=client_credentials",
                TestTokens.SERVICE_CLIENT, "not-the-secret-at-all");
        assertProblem(wrongSecret, 401);
        assertThat(wrongSecret.text("/error")).as("an OAuth2 error response too").isEqualTo("invalid_client");
        assertThat(wrongSecret.wwwAuthenticate()).hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(wrongSecret.body()).doesNotContain("access_token");
        Response otherGrant = http.postForm("/dev/oauth2/token", "grant_type=password&username=a&password=b",
                TestTokens.SERVICE_CLIENT, TestTokens.CLIENT_SECRET);
        assertProblem(otherGrant, 400);
        assertThat(otherGrant.text("/error")).isEqualTo("unsupported_grant_type");
        assertThat(otherGrant.body()).doesNotContain("access_token");
        assertProblem(http.post("/dev/oauth2/token"), 401); // no client credentials
    }

    @Test
    void servesNoOtherEndpointOfTheAuthorizationServer() {
        HttpTestClient staff = HttpTestClient.onPort(port).as("desk", "staff");
        // the authorization server's default paths, and the same under /dev
        assertProblem(staff.send("POST", "/oauth2/token", null), 403);
        assertProblem(staff.send("GET", "/dev/oauth2/token", null), 404);
        for (String path : List.of("/oauth2/authorize?response_type=code&client_id=cleave-service",
                "/oauth2/introspect", "/oauth2/revoke", "/oauth2/jwks", "/oauth2/device_authorization", "/userinfo",
                "/connect/register", "/.well-known/oauth-authorization-server", "/.well-known/openid-configuration")) {
            for (String method : List.of("GET", "POST")) {
                Response answer = staff.send(method, path, null);
                assertProblem(answer, 403); // what the API answers any path it does not know
                assertThat(answer.body()).doesNotContain("token_endpoint").doesNotContain("access_token");
                assertProblem(staff.send(method, "/dev" + path, null), 404);
            }
        }
    }

    @Test
    void refusesACallerThatIsNotOnLoopback() throws SocketException {
        Optional<InetAddress> address = nonLoopbackAddress();
        assumeTrue(address.isPresent(), "skipped: this machine has no non-loopback IPv4 address to call from");
        HttpTestClient remote = new HttpTestClient("http://" + address.get().getHostAddress() + ":" + port);

        Response refused = remote.post("/dev/tokens", "{\"subject\":\"alice\",\"roles\":[\"staff\"]}");

        assertProblem(refused, 403);
        assertThat(refused.text("/detail")).contains("loopback");
        assertThat(remote.get("/api/catalog/products").status()).as("the same address reaches the API").isEqualTo(200);
        assertThat(remote.postForm("/dev/oauth2/token", "grant_type=client_credentials", TestTokens.SERVICE_CLIENT,
                TestTokens.CLIENT_SECRET).status()).as("service tokens, for the secret other processes are given")
                .isEqualTo(200);
    }

    @Test
    void withoutAConfiguredClientSecretTheTokenEndpointAnswersThisMachineOnlyAndSoManyTimesAMinute(@TempDir Path work)
            throws SocketException {
        try (var ownSecret = new SpringApplicationBuilder(CleaveApplication.class).run("--server.port=0",
                "--cleave.security.dev-issuer.client-secret=", // blank: a random one, known to this process alone
                "--cleave.security.dev-issuer.token-requests-per-minute=3", "--cleave.data-dir=" + work)) {
            int port = Integer.parseInt(ownSecret.getEnvironment().getProperty("local.server.port"));
            HttpTestClient http = HttpTestClient.onPort(port);

            Response relayed = http.post("/dev/oauth2/token", "", Map.of("X-Forwarded-For", "203.0.113.7"));
            assertProblem(relayed, 403);
            assertThat(relayed.text("/error")).isEqualTo("access_denied");
            Optional<InetAddress> address = nonLoopbackAddress();
            if (address.isPresent()) {
                var remote = new HttpTestClient("http://" + address.get().getHostAddress() + ":" + port);
                assertProblem(remote.postForm("/dev/oauth2/token", "grant_type=client_credentials",
                        TestTokens.SERVICE_CLIENT, TestTokens.CLIENT_SECRET), 403);
            }
            for (int request = 1; request <= 3; request++) {
                assertProblem(http.postForm("/dev/oauth2/token", "grant_type=client_credentials",
                        TestTokens.SERVICE_CLIENT, TestTokens.CLIENT_SECRET), 401); // not this process's secret
            }
            Response fourth = http.postForm("/dev/oauth2/token", "grant_type=client_credentials",
                    TestTokens.SERVICE_CLIENT, TestTokens.CLIENT_SECRET);
            assertProblem(fourth, 429);
            assertThat(fourth.retryAfter()).contains("60");
            assertThat(http.get("/dev/jwks").status()).as("the key set is not limited").isEqualTo(200);
        }
    }

    @Test
    void doesNotExistWhereAnIdentityProviderIsConfigured(@TempDir Path work) {
        Path key = work.resolve("keys/never.jwk.json");
        try (var withProvider = new SpringApplicationBuilder(CleaveApplication.class).run("--server.port=0",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/jwks",
                "--cleave.security.dev-issuer.key-location=" + key, "--cleave.data-dir=" + work)) {
            int port = Integer.parseInt(withProvider.getEnvironment().getProperty("local.server.port"));
            HttpTestClient http = HttpTestClient.onPort(port);

            assertProblem(http.post("/dev/tokens", "{\"subject\":\"alice\",\"roles\":[\"staff\"]}"), 404);
            assertProblem(http.get("/dev/jwks"), 404);
            assertProblem(http.get("/api/payments?reference=x"), 401);
            assertThat(key).doesNotExist();
            assertThat(work.resolve("keys")).doesNotExist();
        }
    }

    private static JsonNode claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(payload);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}

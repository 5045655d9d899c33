package io.cleave.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The service token goes to peers' {@code /internal/**} only, is granted once and reused, is
 * fetched again after a peer refused it, and a refused grant, or a token endpoint that does not
 * answer, fails the call as an I/O error.
 */
class ServiceTokensTest {

    HttpServer server;
    String base;
    final AtomicInteger grants = new AtomicInteger();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    volatile boolean grantRefused;
    volatile boolean peerRefuses;

    @BeforeEach
    void tokenEndpointAndPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (grantRefused) {
                answer(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            answer(exchange, 200, "{\"access_token\":\"token-%d\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
                    .formatted(grants.incrementAndGet()));
        });
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            answer(exchange, peerRefuses ? 401 : 200, "{}");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPeersInternalPathsGetOneGrantedTokenNothingElseGetsIt() {
        RestClient http = client(Set.of("127.0.0.1:" + server.getAddress().getPort()));

        call(http, base + "/internal/facades/a/b");
        call(http, base + "/internal/facades/a/c");
        call(http, base + "/api/orders");
        call(http, "http://localhost:" + server.getAddress().getPort() + "/internal/facades/a/b"); // another name: not a peer
        http.post().uri(base + "/internal/facades/a/b").header("Authorization", "Bearer callers").retrieve().toBodilessEntity();

        assertThat(authorizations).containsExactly("Bearer token-1", "Bearer token-1", "null", "null", "Bearer callers");
        assertThat(grants).hasValue(1);
    }

    @Test
    void aTokenThePeerRefusedIsGrantedAgain() {
        RestClient http = client(Set.of("127.0.0.1:" + server.getAddress().getPort()));
        peerRefuses = true;
        assertThatThrownBy(() -> call(http, base + "/internal/facades/a/b")).isNotNull();
        peerRefuses = false;

        call(http, base + "/internal/facades/a/b");

        assertThat(authorizations).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void aRefusedGrantFailsTheCallAsAnIoErrorAndSendsNothing() {
        RestClient http = client(Set.of("127.0.0.1:" + server.getAddress().getPort()));
        grantRefused = true;

        assertThatThrownBy(() -> call(http, base + "/internal/facades/a/b"))
                .isInstanceOf(ResourceAccessException.class)
                .hasMessageContaining("No service token");
        assertThat(authorizations).isEmpty();
    }

    @Test
    void aTokenEndpointThatDoesNotAnswerFailsTheCallAsAnIoErrorAndSendsNothing() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RestClient http = client(Set.of("127.0.0.1:" + server.getAddress().getPort()),
                "http://127.0.0.1:" + closedPort + "/token");

        assertThatThrownBy(() -> call(http, base + "/internal/facades/a/b"))
                .isInstanceOf(ResourceAccessException.class) // what the facade client retries, then answers 503
                .hasMessageContaining("No service token");
        assertThat(authorizations).isEmpty();
    }

    private RestClient client(Set<String> peers) {
        return client(peers, base + "/token");
    }

    private RestClient client(Set<String> peers, String tokenUri) {
        var registration = ClientRegistration.withRegistrationId(ServiceTokens.REGISTRATION)
                .clientId(ServiceClientCredentials.ID).clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(tokenUri).build();
        var tokens = new ServiceTokens(id -> id.equals(registration.getRegistrationId()) ? registration : null, peers,
                new JdkClientHttpRequestFactory(), Clock.systemUTC());
        RestClient.Builder builder = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory());
        tokens.customize(builder);
        return builder.build();
    }

    private static void call(RestClient http, String url) {
        http.post().uri(url).retrieve().toBodilessEntity();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

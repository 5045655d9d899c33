package io.cleave.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests that talk to a running Cleave as any client would: raw JSON in,
 * status, headers and parsed JSON out. Nothing is hidden, so a test sees exactly what a user sees.
 * A new client is anonymous; {@link #as(String, String...)} gives one that sends a bearer token,
 * got as a user gets it, from the development issuer's {@code POST /dev/tokens}.
 */
public final class HttpTestClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpClient client;
    private final Function<String, String> baseUrlForPath;
    private final String issuerUrl;
    private final String token;

    public HttpTestClient(String baseUrl) {
        this(CLIENT, path -> baseUrl, baseUrl, null);
    }

    private HttpTestClient(HttpClient client, Function<String, String> baseUrlForPath, String issuerUrl, String token) {
        this.client = client;
        this.baseUrlForPath = baseUrlForPath;
        this.issuerUrl = issuerUrl;
        this.token = token;
    }

    /** A client of {@code https://localhost:<port>} that trusts what {@code tls} trusts. */
    public static HttpTestClient onHttpsPort(int port, SSLContext tls) {
        String baseUrl = "https://localhost:" + port;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(tls).build();
        return new HttpTestClient(client, path -> baseUrl, baseUrl, null);
    }

    public static HttpTestClient onPort(int port) {
        return new HttpTestClient("http://localhost:" + port);
    }

    /**
     * A client that sends each request where its path says, as a gateway would: to the base URL of
     * the longest matching path prefix, e.g. {@code "/api/catalog" -> "http://localhost:8081"}.
     */
    public static HttpTestClient routing(Map<String, String> baseUrlByPathPrefix) {
        return new HttpTestClient(CLIENT, path -> baseUrlByPathPrefix.entrySet().stream()
                .filter(route -> path.startsWith(route.getKey()))
                .max(Comparator.comparingInt(route -> route.getKey().length()))
                .map(Map.Entry::getValue)
                .orElseThrow(() -> new IllegalArgumentException("No route for " + path)),
                baseUrlByPathPrefix.values().iterator().next(), null);
    }

    /**
     * The same client acting as {@code subject} with these roles ({@code customer}, {@code staff}):
     * it asks the development issuer for a token and sends it on every request. Behind a routing
     * client, the issuer of the first route's process (in a split, all processes share one key).
     */
    public HttpTestClient as(String subject, String... roles) {
        String body = JSON.writeValueAsString(Map.of("subject", subject, "roles", List.of(roles)));
        Response issued = new HttpTestClient(client, path -> issuerUrl, issuerUrl, null).post("/dev/tokens", body);
        if (issued.status() != 200) {
            throw new IllegalStateException("No token from " + issuerUrl + "/dev/tokens: " + issued.status() + " " + issued.body());
        }
        return withToken(issued.text("/access_token"));
    }

    /**
     * The same client acting as another Cleave process: a {@code service} token granted by OAuth2
     * client credentials at the development issuer's token endpoint (of the first route's process).
     */
    public HttpTestClient asService(String clientId, String clientSecret) {
        Response granted = new HttpTestClient(client, path -> issuerUrl, issuerUrl, null)
                .postForm("/dev/oauth2/token", "grant_type=client_credentials", clientId, clientSecret);
        if (granted.status() != 200) {
            throw new IllegalStateException("No service token from " + issuerUrl + ": " + granted.status() + " " + granted.body());
        }
        return withToken(granted.text("/access_token"));
    }

    /** A form POST with HTTP Basic credentials, as an OAuth2 client sends to a token endpoint. */
    public Response postForm(String path, String form, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic).POST(body(form)));
    }

    /** The same client sending this bearer token (any text: tests send broken ones too). */
    public HttpTestClient withToken(String bearerToken) {
        return new HttpTestClient(client, baseUrlForPath, issuerUrl, bearerToken);
    }

    /** The bearer token this client sends, if any. */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Response post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json").POST(body(json));
        headers.forEach(request::header);
        return send(request);
    }

    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    /** Any method, with or without a JSON body (null: none). */
    public Response send(String method, String path, String json) {
        HttpRequest.Builder request = request(path);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : body(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrlForPath.apply(path) + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location"), response.headers().firstValue("WWW-Authenticate"),
                    response.headers().firstValue("Retry-After"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, Optional<String> location,
            Optional<String> wwwAuthenticate, Optional<String> retryAfter, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** A text value at a JSON pointer such as {@code /price/amount}. */
        public String text(String pointer) {
            return json().at(pointer).asString();
        }
    }
}

package io.cleave.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests that talk to a running Cleave as any client would: raw JSON in,
 * status, headers and parsed JSON out. Nothing is hidden, so a test sees exactly what a user sees.
 */
public final class HttpTestClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Function<String, String> baseUrlForPath;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpTestClient(String baseUrl) {
        this(path -> baseUrl);
    }

    private HttpTestClient(Function<String, String> baseUrlForPath) {
        this.baseUrlForPath = baseUrlForPath;
    }

    public static HttpTestClient onPort(int port) {
        return new HttpTestClient("http://localhost:" + port);
    }

    /**
     * A client that sends each request where its path says, as a gateway would: to the base URL of
     * the longest matching path prefix, e.g. {@code "/api/catalog" -> "http://localhost:8081"}.
     */
    public static HttpTestClient routing(Map<String, String> baseUrlByPathPrefix) {
        return new HttpTestClient(path -> baseUrlByPathPrefix.entrySet().stream()
                .filter(route -> path.startsWith(route.getKey()))
                .max(Comparator.comparingInt(route -> route.getKey().length()))
                .map(Map.Entry::getValue)
                .orElseThrow(() -> new IllegalArgumentException("No route for " + path)));
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

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrlForPath.apply(path) + path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, Optional<String> location, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** A text value at a JSON pointer such as {@code /price/amount}. */
        public String text(String pointer) {
            return json().at(pointer).asString();
        }
    }
}

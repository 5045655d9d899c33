package io.cleave.edge;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import io.cleave.platform.ApiPaths;
import io.cleave.platform.Topology;

/**
 * The gateway's routes: the API paths of every context that is not local here, each forwarded to
 * {@code cleave.topology.remote.<context>.url} with the caller's token, after this process's own
 * security has let the call through. Only API paths are routed, never {@code /internal/**} or
 * {@code /dev/**}. A backend that does not answer is a 503 problem, not a hanging call.
 */
final class GatewayRoutes {

    private static final Logger log = LoggerFactory.getLogger(GatewayRoutes.class);

    private GatewayRoutes() {
    }

    static RouterFunction<ServerResponse> of(ApiPaths paths, Topology topology, Environment environment) {
        RouterFunction<ServerResponse> routes = request -> Optional.empty(); // matches nothing
        for (String context : Topology.CONTEXTS) {
            if (topology.isLocal(context) || paths.of(context).isEmpty()) {
                continue;
            }
            URI url = backend(context, environment);
            for (String prefix : paths.of(context)) {
                if (!prefix.startsWith("/api/")) {
                    // only the API is forwarded: never /internal/**, /dev/**, /actuator/**
                    throw new IllegalStateException("The gateway forwards API paths (/api/...) only; %s answers under %s"
                            .formatted(context, prefix));
                }
                routes = routes.and(GatewayRouterFunctions.route("cleave-" + context + prefix)
                        .route(path(prefix).or(path(prefix + "/**")), http())
                        .before(uri(url))
                        .onError(ResourceAccessException.class, (e, request) -> unavailable(context, request, e))
                        .build());
                log.info("Gateway: {}/** → {} ({})", prefix, url, context);
            }
        }
        return routes;
    }

    /** The backend's address: scheme, host and port only, because the request's own path is forwarded. */
    private static URI backend(String context, Environment environment) {
        String property = "cleave.topology.remote." + context + ".url";
        String url = environment.getProperty(property, "");
        if (url.isBlank()) {
            throw new IllegalStateException("cleave.gateway.enabled=true forwards %s's API, which runs elsewhere: set %s"
                    .formatted(context, property));
        }
        URI uri = URI.create(url);
        if (uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
            throw new IllegalStateException("%s=%s: the gateway needs scheme, host and port only (no path)"
                    .formatted(property, url));
        }
        return uri;
    }

    /**
     * The backend could not be reached or did not answer in time. A read that failed may be tried
     * again; a change may have been carried out before the answer was lost, so the client is told so.
     */
    private static ServerResponse unavailable(String context, ServerRequest request, Throwable e) {
        log.warn("Answering 503: {} did not answer {} {} ({})", context, request.method(), request.path(), e.toString());
        boolean read = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, read
                ? context + " is not answering; try again shortly"
                : context + " is not answering; the change may or may not have been made, read before you retry");
        problem.setTitle("Service unavailable");
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}

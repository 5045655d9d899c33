package io.cleave.edge;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
            String property = "cleave.topology.remote." + context + ".url";
            String url = environment.getProperty(property);
            if (url == null) {
                throw new IllegalStateException("cleave.gateway.enabled=true forwards %s's API, which runs elsewhere: set %s"
                        .formatted(context, property));
            }
            for (String prefix : paths.of(context)) {
                routes = routes.and(GatewayRouterFunctions.route("cleave-" + context + prefix)
                        .route(path(prefix).or(path(prefix + "/**")), http())
                        .before(uri(url))
                        .onError(Exception.class, (e, request) -> unavailable(context, request, e))
                        .build());
                log.info("Gateway: {}/** → {} ({})", prefix, url, context);
            }
        }
        return routes;
    }

    private static ServerResponse unavailable(String context, ServerRequest request, Throwable e) {
        log.warn("Answering 503: {} did not answer {} ({})", context, request.path(), e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                context + " is not answering; try again shortly");
        problem.setTitle("Service unavailable");
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}

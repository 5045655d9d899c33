package io.cleave.http;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import io.cleave.kernel.UnavailableException;
import io.cleave.platform.Facades;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * A remote context's facade as a local object: each method call is a {@code POST} to the facade
 * endpoint of the process where the context runs ({@link FacadeEndpoint}), with the arguments as a
 * JSON array and the result read back as the method's generic return type.
 * <p>
 * A call that cannot reach the context, times out or gets a 5xx is retried (facade methods are
 * queries, so that is safe) and counts against the context's circuit breaker; once the breaker is
 * open, calls fail at once without touching the network. Either way the caller gets an
 * {@link UnavailableException}, which the platform answers with 503. So does a 4xx, with an error
 * in the log: a 401 or 403 means the other process does not accept this one's service token,
 * another 4xx that the two disagree on how to talk (a plain-HTTP URL for an HTTPS port, the
 * contract). Neither is retried nor held against the breaker. An {@code https} URL's certificate
 * is checked against {@code cleave.topology.remote.<context>.ssl-bundle}.
 */
final class RemoteFacade implements InvocationHandler {

    static final String PATH = "/internal/facades/{facade}/{method}";
    private static final Logger log = LoggerFactory.getLogger(RemoteFacade.class);

    private final String context;
    private final String facadeName;
    private final RestClient http;
    private final CircuitBreaker breaker;
    private final Retry retry;

    private RemoteFacade(String context, Class<?> facade, RestClient http, CircuitBreaker breaker, Retry retry) {
        this.context = context;
        this.facadeName = Facades.nameOf(facade);
        this.http = http;
        this.breaker = breaker;
        this.retry = retry;
    }

    static <T> T create(Class<T> facade, String context, RemoteContextSettings settings, RestClient.Builder http,
            CircuitBreakerRegistry breakers, RetryRegistry retries, SslBundles ssl) {
        var client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout());
        if (settings.sslBundle() != null) {
            client.sslContext(ssl.getBundle(settings.sslBundle()).createSslContext());
        }
        var requests = new JdkClientHttpRequestFactory(client.build());
        requests.setReadTimeout(settings.readTimeout());
        var rest = http.clone().baseUrl(settings.url().toString()).requestFactory(requests).build();
        var handler = new RemoteFacade(context, facade, rest, breakers.circuitBreaker(context, breakerConfig(settings)),
                retries.retry(context, retryConfig(settings)));
        return facade.cast(Proxy.newProxyInstance(facade.getClassLoader(), new Class<?>[] { facade }, handler));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switchOnObjectMethod(proxy, method, arguments);
        }
        Supplier<Object> call = () -> post(method, arguments == null ? List.of() : Arrays.asList(arguments));
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
        } catch (CallNotPermittedException open) {
            throw new UnavailableException("%s is not answering (circuit breaker open); try again shortly".formatted(context), open);
        } catch (RemoteCallFailed failed) {
            throw new UnavailableException("%s is not answering: %s".formatted(context, failed.getMessage()), failed);
        }
    }

    private Object post(Method method, List<Object> arguments) {
        try {
            return http.post()
                    .uri(PATH, facadeName, method.getName())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(arguments)
                    .retrieve()
                    .onStatus(HttpStatusCode::is5xxServerError, (request, response) -> {
                        // the path for the log only: a caller's answer never names an internal endpoint
                        log.warn("{} answered {} to {}", context, response.getStatusCode(), request.getURI().getPath());
                        throw new RemoteCallFailed("it answered " + response.getStatusCode().value());
                    })
                    .onStatus(status -> status.value() == 401 || status.value() == 403, (request, response) -> {
                        // not the other side failing but the two not trusting each other: retrying will not help
                        log.error("{} refused this process's service token ({}): do both trust the same issuer?",
                                context, response.getStatusCode());
                        throw new UnavailableException("%s refused this process's call".formatted(context),
                                new RemoteCallFailed(response.getStatusCode().toString()));
                    })
                    .onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {
                        // the processes disagree on how to talk (a plain-HTTP URL for an HTTPS port, another version)
                        String answer = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                        log.error("{} answered {} to {}: {} (is {} the right URL, scheme included?)", context,
                                response.getStatusCode(), request.getURI().getPath(),
                                answer.length() > 200 ? answer.substring(0, 200) : answer, request.getURI().getAuthority());
                        throw new UnavailableException("%s cannot be asked (it answered %s)".formatted(context,
                                response.getStatusCode()), new RemoteCallFailed(response.getStatusCode().toString()));
                    })
                    .body(ParameterizedTypeReference.forType(method.getGenericReturnType()));
        } catch (ResourceAccessException unreachable) {
            // the cause for the log only: it names classes and addresses, which a caller's answer never does
            log.warn("{} cannot be reached: {}", context, unreachable.getMostSpecificCause().toString());
            throw new RemoteCallFailed("it cannot be reached");
        }
    }

    private Object switchOnObjectMethod(Object proxy, Method method, Object[] arguments) {
        return switch (method.getName()) {
            case "equals" -> proxy == arguments[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "remote " + facadeName;
        };
    }

    private static CircuitBreakerConfig breakerConfig(RemoteContextSettings settings) {
        var breaker = settings.circuitBreaker();
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(breaker.failureRateThreshold())
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .waitDurationInOpenState(breaker.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(breaker.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordExceptions(RemoteCallFailed.class)
                .build();
    }

    private static RetryConfig retryConfig(RemoteContextSettings settings) {
        return RetryConfig.custom()
                .maxAttempts(settings.retry().maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retry().backoff(), 2.0))
                .retryExceptions(RemoteCallFailed.class)
                .build();
    }

    /** The remote context could not give an answer: unreachable, too slow, or failing (5xx). */
    static final class RemoteCallFailed extends RuntimeException {

        RemoteCallFailed(String message) {
            super(message);
        }
    }
}

package io.cleave.edge;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * Puts a {@code service} token on the calls a {@link RestClient} of this process makes to another
 * Cleave process's {@code /internal/**} (the facade endpoint of a split): to the hosts of
 * {@code cleave.topology.remote.<context>.url} only, so the token never leaves for anywhere else,
 * and never in place of a token the request carries already (a caller's, forwarded). The token is
 * an OAuth2 client-credentials grant (Spring Security's OAuth2 client, registration
 * {@value #REGISTRATION}), kept until a minute before it expires and fetched again when a peer
 * refuses it.
 */
final class ServiceTokens implements RestClientCustomizer {

    private static final Logger log = LoggerFactory.getLogger(ServiceTokens.class);

    /**
     * The id of the client registration, {@code spring.security.oauth2.client.registration.cleave.*}:
     * without a dash, so that environment variables can name it.
     */
    static final String REGISTRATION = "cleave";

    /** The one principal the grant is kept for: this process, whoever's request led to the call. */
    private static final Authentication THIS_PROCESS = new AnonymousAuthenticationToken("cleave",
            ServiceClientCredentials.ID, AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final Set<String> peers;
    private final OAuth2ClientHttpRequestInterceptor tokens;

    /**
     * @param registrations holds {@link #REGISTRATION}
     * @param peers the {@code host:port} of each other Cleave process
     * @param tokenEndpoint how to reach the token endpoint (Boot's {@code spring.http.clients.*}:
     *        timeouts, SSL bundle)
     */
    ServiceTokens(ClientRegistrationRepository registrations, Set<String> peers, ClientHttpRequestFactory tokenEndpoint,
            Clock clock) {
        this.peers = Set.copyOf(peers);
        var grants = new InMemoryOAuth2AuthorizedClientService(registrations);
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, grants);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(grant -> grant.accessTokenResponseClient(tokenClient(tokenEndpoint))
                        .clockSkew(Duration.ofMinutes(1)).clock(clock))
                .build());
        this.tokens = new OAuth2ClientHttpRequestInterceptor(manager);
        tokens.setClientRegistrationIdResolver(request -> REGISTRATION); // asked only when wanted
        tokens.setPrincipalResolver(request -> THIS_PROCESS);
        tokens.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(grants));
    }

    @Override
    public void customize(RestClient.Builder builder) {
        builder.requestInterceptor(this::authorize);
    }

    private ClientHttpResponse authorize(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (!wanted(request)) {
            return execution.execute(request, body);
        }
        try {
            return tokens.intercept(request, body, execution);
        } catch (OAuth2AuthorizationException refused) {
            // as an I/O failure, so that the caller retries and breaks the circuit as for a peer that is down
            log.warn("No service token for a call to {}: {}", request.getURI().getAuthority(), refused.getMessage());
            throw new IOException("No service token (" + refused.getError().getErrorCode() + ")", refused);
        }
    }

    private boolean wanted(HttpRequest request) {
        URI target = request.getURI();
        return target.getPath().startsWith("/internal/") && peers.contains(authority(target))
                && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
    }

    /** {@code host:port}, the port made explicit. */
    static String authority(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    /** The token endpoint's client as Spring Security makes it, over Boot's configured HTTP client. */
    private static RestClientClientCredentialsTokenResponseClient tokenClient(ClientHttpRequestFactory requests) {
        var client = new RestClientClientCredentialsTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }
}

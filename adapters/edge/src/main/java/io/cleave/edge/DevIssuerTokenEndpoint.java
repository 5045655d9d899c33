package io.cleave.edge;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.jose.jwk.source.JWKSource;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The development issuer's OAuth2 endpoints, by Spring Security's authorization server:
 * {@code POST /dev/oauth2/token} grants client credentials to one client, {@code cleave-service},
 * whose tokens carry the {@code service} role (what Cleave processes present to each other's facade
 * endpoints), and {@code GET /dev/jwks} publishes the public key, for the {@code jwk-set-uri} of the
 * processes that trust this one. The authorization server's other endpoints are outside this
 * chain's matcher, hence unreachable. The token endpoint answers loopback callers only unless the
 * other processes of a split are given the client secret, and so many requests a minute per address.
 */
final class DevIssuerTokenEndpoint {

    static final String TOKEN_PATH = "/dev/oauth2/token";
    static final String JWKS_PATH = "/dev/jwks";

    private DevIssuerTokenEndpoint() {
    }

    /**
     * @param callersFromElsewhere whether the token endpoint answers callers not on this machine:
     *        only worth it where the other processes of a split know the client secret
     * @param tokenRequestsPerMinute how many token requests one address may make a minute: every
     *        request checks a secret against its hash, which is slow by design
     */
    static SecurityFilterChain chain(HttpSecurity http, DevIssuer issuer, ServiceClientCredentials client,
            TokenEndpointErrors errors, boolean callersFromElsewhere, int tokenRequestsPerMinute) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        var tokenRequests = paths.matcher(POST, TOKEN_PATH);
        if (!callersFromElsewhere) {
            http.addFilterBefore(new LoopbackOnly(tokenRequests, errors), AbstractPreAuthenticatedProcessingFilter.class);
        }
        http.addFilterBefore(new RateLimits(tokenRequests, tokenRequestsPerMinute, Duration.ofMinutes(1), errors.problems()),
                AbstractPreAuthenticatedProcessingFilter.class); // before the client's secret is checked
        http.setSharedObject(JWKSource.class, issuer.keys()); // what the key set endpoint publishes
        return http
                .securityMatcher(new OrRequestMatcher(tokenRequests, paths.matcher(GET, JWKS_PATH)))
                .oauth2AuthorizationServer(server -> server
                        .registeredClientRepository(new InMemoryRegisteredClientRepository(registered(client, issuer)))
                        .authorizationServerSettings(AuthorizationServerSettings.builder()
                                .tokenEndpoint(TOKEN_PATH).jwkSetEndpoint(JWKS_PATH).build())
                        .authorizationService(new SelfContainedTokens())
                        .tokenGenerator(issuer.serviceTokens())
                        .clientAuthentication(authentication -> authentication.errorResponseHandler(errors))
                        .tokenEndpoint(endpoint -> endpoint.errorResponseHandler(errors)))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .build();
    }

    private static RegisteredClient registered(ServiceClientCredentials client, DevIssuer issuer) {
        return RegisteredClient.withId(client.id())
                .clientId(client.id())
                .clientSecret(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(client.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(issuer.lifetime()).build())
                .build();
    }

    /** Refuses token requests from elsewhere before any secret is checked. */
    private static final class LoopbackOnly extends OncePerRequestFilter {

        private final RequestMatcher tokenRequests;
        private final TokenEndpointErrors errors;

        LoopbackOnly(RequestMatcher tokenRequests, TokenEndpointErrors errors) {
            this.tokenRequests = tokenRequests;
            this.errors = errors;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !tokenRequests.matches(request) || LoopbackCallers.isLocal(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException {
            errors.refuseCallerFromElsewhere(request, response);
        }
    }

    /**
     * Keeps no record of the tokens it grants: they are self-contained JWTs that nothing here looks
     * up again (no introspection, no revocation), and a record per grant would only grow.
     */
    private static final class SelfContainedTokens implements OAuth2AuthorizationService {

        @Override
        public void save(OAuth2Authorization authorization) {
        }

        @Override
        public void remove(OAuth2Authorization authorization) {
        }

        @Override
        public OAuth2Authorization findById(String id) {
            return null;
        }

        @Override
        public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
            return null;
        }
    }
}

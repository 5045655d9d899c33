package io.cleave.edge;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

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
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The development issuer's OAuth2 endpoints, by Spring Security's authorization server:
 * {@code POST /dev/oauth2/token} grants client credentials to one client, {@code cleave-service},
 * whose tokens carry the {@code service} role (what Cleave processes present to each other's facade
 * endpoints), and {@code GET /dev/jwks} publishes the public key, for the {@code jwk-set-uri} of the
 * processes that trust this one. The authorization server's other endpoints are outside this
 * chain's matcher, hence unreachable.
 */
final class DevIssuerTokenEndpoint {

    static final String TOKEN_PATH = "/dev/oauth2/token";
    static final String JWKS_PATH = "/dev/jwks";

    private DevIssuerTokenEndpoint() {
    }

    static SecurityFilterChain chain(HttpSecurity http, DevIssuer issuer, ServiceClientCredentials client,
            TokenEndpointErrors errors) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.setSharedObject(JWKSource.class, issuer.keys()); // what the key set endpoint publishes
        return http
                .securityMatcher(new OrRequestMatcher(paths.matcher(POST, TOKEN_PATH), paths.matcher(GET, JWKS_PATH)))
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

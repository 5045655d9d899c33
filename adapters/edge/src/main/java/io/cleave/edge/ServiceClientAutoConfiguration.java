package io.cleave.edge;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.util.function.SingletonSupplier;

import io.cleave.platform.Facades;
import io.cleave.platform.Topology;

/**
 * The {@code service} tokens this process presents to other processes' facade endpoints
 * ({@link ServiceTokens}), granted to the OAuth2 client {@code cleave-service} by client
 * credentials: at the identity provider of Boot's
 * {@code spring.security.oauth2.client.registration.cleave.*} (and
 * {@code ...provider.cleave.token-uri}) when configured — a real provider's, or a gateway's
 * development issuer — and otherwise at this process's own development issuer, by its own address.
 */
@AutoConfiguration(after = DevIssuerAutoConfiguration.class,
        afterName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
public class ServiceClientAutoConfiguration {

    static final String REGISTRATION_PROPERTY = "spring.security.oauth2.client.registration." + ServiceTokens.REGISTRATION;

    /** A client registration is configured, or this process issues tokens itself. */
    static class Available extends AnyNestedCondition {

        Available() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(REGISTRATION_PROPERTY + ".client-id")
        static class Registered {
        }

        @Conditional(DevIssuerAutoConfiguration.Wanted.class)
        static class OwnIssuer {
        }
    }

    @Bean
    @Conditional(Available.class)
    ServiceTokens serviceTokenOnFacadeCalls(ObjectProvider<ClientRegistrationRepository> configured,
            ObjectProvider<ServiceClientCredentials> ownIssuer, Environment environment,
            ObjectProvider<ClientHttpRequestFactory> requests, ObjectProvider<ServerProperties> server, Clock clock) {
        ClientRegistrationRepository registrations = configured.getIfAvailable();
        ClientRegistration registered = registrations == null ? null
                : registrations.findByRegistrationId(ServiceTokens.REGISTRATION);
        if (registered == null) {
            registrations = ownIssuer(ownIssuer.getObject(), server.getIfAvailable(ServerProperties::new), environment);
        } else if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(registered.getAuthorizationGrantType())) {
            throw new IllegalStateException(REGISTRATION_PROPERTY + ".authorization-grant-type must be "
                    + "client_credentials: service tokens are granted to a process, not to a person signing in");
        }
        Set<String> peers = new HashSet<>();
        for (String context : Topology.CONTEXTS) {
            String url = environment.getProperty("cleave.topology.remote." + context + ".url");
            if (url != null) {
                peers.add(ServiceTokens.authority(URI.create(url)));
            }
        }
        // Boot's, from spring.http.clients.* (timeouts, SSL bundle)
        var tokenEndpoint = requests.getIfAvailable(() -> ClientHttpRequestFactoryBuilder.detect().build());
        return new ServiceTokens(registrations, peers, tokenEndpoint, clock);
    }

    /**
     * The client of this process's development issuer, at this process's address: known once its
     * web server listens, so looked up at the first call. HTTPS where the server has TLS on (a
     * bundle, a key store or a PEM certificate): the token request then checks the server's
     * certificate like any other, with {@code spring.http.clients.ssl.bundle}.
     */
    static ClientRegistrationRepository ownIssuer(ServiceClientCredentials client, ServerProperties server,
            Environment environment) {
        var registration = SingletonSupplier.of(() -> {
            String port = environment.getProperty("local.server.port");
            if (port == null) {
                throw new OAuth2AuthorizationException(new OAuth2Error("server_error",
                        "this process's token endpoint is not listening yet", null));
            }
            String scheme = Ssl.isEnabled(server.getSsl()) ? "https" : "http";
            String contextPath = server.getServlet().getContextPath() == null ? "" : server.getServlet().getContextPath();
            return ClientRegistration.withRegistrationId(ServiceTokens.REGISTRATION)
                    .clientId(client.id())
                    .clientSecret(client.secret())
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenUri(scheme + "://" + host(server.getAddress()) + ":" + port + contextPath
                            + DevIssuerTokenEndpoint.TOKEN_PATH)
                    .build();
        });
        return id -> ServiceTokens.REGISTRATION.equals(id) ? registration.obtain() : null;
    }

    /** The address the server listens on, {@code localhost} where it listens on every address. */
    private static String host(InetAddress address) {
        if (address == null || address.isAnyLocalAddress()) {
            return "localhost";
        }
        String literal = address.getHostAddress();
        return address instanceof Inet6Address ? "[" + literal + "]" : literal;
    }

    /** A process that queries another one's facades needs service tokens for it: without, it does not start. */
    @Bean
    SmartInitializingSingleton cleaveServiceTokensForRemoteFacades(ObjectProvider<Facades> facades,
            ObjectProvider<ServiceTokens> serviceTokens) {
        return () -> {
            Facades split = facades.getIfAvailable();
            if (split != null && !split.remote().isEmpty() && serviceTokens.getIfAvailable() == null) {
                throw new IllegalStateException("This process queries " + split.remote().keySet()
                        + " in other processes, which needs service tokens: configure the OAuth2 client "
                        + REGISTRATION_PROPERTY + ".* (client-id, client-secret, authorization-grant-type="
                        + "client_credentials) with spring.security.oauth2.client.provider."
                        + ServiceTokens.REGISTRATION + ".token-uri at your identity provider, or at the "
                        + "development issuer of the gateway (" + DevIssuerTokenEndpoint.TOKEN_PATH
                        + "), or run the development issuer here (cleave.security.dev-issuer.enabled=true)");
            }
        };
    }
}

package io.cleave.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.env.MockEnvironment;

/**
 * Where the service client gets its tokens: a configured registration, which must grant client
 * credentials, or this process's own token endpoint, at the scheme, address and path its server
 * listens on.
 */
class ServiceClientAutoConfigurationTest {

    private final WebApplicationContextRunner contexts = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OAuth2ClientAutoConfiguration.class, ServiceClientAutoConfiguration.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("cleave.security.dev-issuer.enabled=false",
                    "spring.security.oauth2.client.provider.cleave.token-uri=https://idp.example/token",
                    "spring.security.oauth2.client.registration.cleave.client-id=cleave-service",
                    "spring.security.oauth2.client.registration.cleave.client-secret=a-secret-of-some-length");

    @Test
    void aConfiguredRegistrationGrantingClientCredentialsGivesServiceTokens() {
        contexts.withPropertyValues("spring.security.oauth2.client.registration.cleave.authorization-grant-type=client_credentials")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(ServiceTokens.class));
    }

    @Test
    void aConfiguredRegistrationForPeopleSigningInIsRefusedAtStart() {
        contexts.withPropertyValues(
                "spring.security.oauth2.client.registration.cleave.authorization-grant-type=authorization_code",
                "spring.security.oauth2.client.registration.cleave.redirect-uri=https://cleave.example/callback",
                "spring.security.oauth2.client.provider.cleave.authorization-uri=https://idp.example/authorize")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("authorization-grant-type must be client_credentials"));
    }

    @Test
    void ownTokenEndpointIsAskedAtTheServersSchemeAddressAndPath() throws UnknownHostException {
        var environment = new MockEnvironment().withProperty("local.server.port", "8443");
        var plain = new ServerProperties();
        assertThat(tokenUri(plain, environment)).isEqualTo("http://localhost:8443/dev/oauth2/token");

        var pem = new ServerProperties();
        pem.setSsl(new Ssl());
        pem.getSsl().setCertificate("classpath:server.crt");
        pem.setAddress(InetAddress.getByName("127.0.0.2"));
        pem.getServlet().setContextPath("/shop");
        assertThat(tokenUri(pem, environment)).isEqualTo("https://127.0.0.2:8443/shop/dev/oauth2/token");

        var off = new ServerProperties();
        off.setSsl(Ssl.forBundle("server"));
        off.getSsl().setEnabled(false);
        off.setAddress(InetAddress.getByName("::1"));
        assertThat(tokenUri(off, environment)).isEqualTo("http://[0:0:0:0:0:0:0:1]:8443/dev/oauth2/token");

        var everyAddress = new ServerProperties();
        everyAddress.setAddress(InetAddress.getByName("0.0.0.0"));
        assertThat(tokenUri(everyAddress, environment)).isEqualTo("http://localhost:8443/dev/oauth2/token");
    }

    private static String tokenUri(ServerProperties server, MockEnvironment environment) {
        return ServiceClientAutoConfiguration.ownIssuer(new ServiceClientCredentials("s".repeat(16)), server, environment)
                .findByRegistrationId(ServiceTokens.REGISTRATION).getProviderDetails().getTokenUri();
    }
}

package io.cleave.edge;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * Puts a {@code service} token, signed by this process's development issuer, on the calls a
 * {@link RestClient} of this process makes to another Cleave process's {@code /internal/**} (the
 * facade endpoint of a split): to the hosts of {@code cleave.topology.remote.<context>.url} only,
 * so the token never leaves for anywhere else. A token is reused until a minute before it expires.
 */
final class ServiceTokens implements RestClientCustomizer {

    private final DevIssuer issuer;
    private final String subject;
    private final Set<String> peers;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    /** @param peers the {@code host:port} of each other Cleave process */
    ServiceTokens(DevIssuer issuer, String subject, Set<String> peers, Clock clock) {
        this.issuer = issuer;
        this.subject = subject;
        this.peers = Set.copyOf(peers);
        this.clock = clock;
    }

    @Override
    public void customize(RestClient.Builder builder) {
        builder.requestInterceptor(this::authorize);
    }

    private ClientHttpResponse authorize(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        URI target = request.getURI();
        // never in place of a token the request carries already (a caller's, forwarded)
        if (target.getPath().startsWith("/internal/") && peers.contains(authority(target))
                && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            request.getHeaders().setBearerAuth(current());
        }
        return execution.execute(request, body);
    }

    /** {@code host:port}, the port made explicit. */
    static String authority(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    synchronized String current() {
        Instant now = clock.instant();
        if (now.isAfter(renewAt)) {
            token = issuer.mint(subject, List.of(Authorization.SERVICE));
            renewAt = now.plus(issuer.lifetime()).minusSeconds(60);
        }
        return token;
    }
}

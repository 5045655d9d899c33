package io.cleave.edge;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.DispatcherType;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call what, in one place. Roles are the JWT's roles claim ({@code customer}, {@code staff},
 * {@code service}, {@code metrics}). Paths alone decide here; which order or customer a customer may see is decided
 * by the context (their own only; another's is not found). Whatever is not listed is refused, so an
 * endpoint added later is closed until it gets a rule.
 */
final class Authorization {

    static final String CUSTOMER = "customer";
    static final String STAFF = "staff";
    static final String SERVICE = "service";
    /** A metrics scraper's token: {@code /actuator/prometheus} and nothing else. */
    static final String METRICS = "metrics";

    private Authorization() {
    }

    static void rules(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                // an error page rendered for a request that was already let through (or refused)
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()

                // anyone
                .requestMatchers(GET, "/api/catalog/products", "/api/catalog/products/**").permitAll()
                .requestMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**").permitAll()
                // the development issuer guards itself (loopback only); where it is off these paths do not exist
                .requestMatchers("/dev/**").permitAll()

                // customers, for themselves; staff, for anyone
                .requestMatchers(POST, "/api/customers").hasAnyRole(CUSTOMER, STAFF)
                .requestMatchers(GET, "/api/customers/me").hasRole(CUSTOMER)
                .requestMatchers(GET, "/api/customers/{id}").hasAnyRole(CUSTOMER, STAFF)
                .requestMatchers("/api/orders", "/api/orders/**").hasAnyRole(CUSTOMER, STAFF)

                // a scraper (deploy/prometheus), or staff
                .requestMatchers(GET, "/actuator/prometheus").hasAnyRole(STAFF, METRICS)

                // staff only
                .requestMatchers("/api/customers/**", "/api/catalog/**", "/api/inventory/**", "/api/payments",
                        "/api/payments/**", "/api/settlements", "/api/settlements/**", "/actuator/**")
                .hasRole(STAFF)

                // other Cleave processes only
                .requestMatchers("/internal/**").hasRole(SERVICE)

                .anyRequest().denyAll();
    }
}

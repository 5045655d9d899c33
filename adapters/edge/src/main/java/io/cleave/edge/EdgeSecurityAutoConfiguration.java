package io.cleave.edge;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every process is an OAuth2 resource server: each request's bearer JWT is validated by the
 * {@link JwtDecoder} of the configured identity provider
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}, Spring
 * Boot's own configuration) or of the development issuer. Stateless: no session, no cookie, hence
 * no CSRF token.
 */
// before Boot's own, whose default filter chains give way to this one
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration" })
public class EdgeSecurityAutoConfiguration {

    private static final int MAX_SUBJECT_LENGTH = 255;

    static final String NO_PROVIDER = "No identity provider is configured: set "
            + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri) to your provider, or "
            + "cleave.security.dev-issuer.enabled=true to let this process issue development tokens "
            + "(on by default only with the embedded PostgreSQL)";

    @Bean
    SecurityFilterChain cleaveSecurity(HttpSecurity http, ObjectProvider<JwtDecoder> decoders, JsonMapper json,
            @Value("${cleave.security.roles-claim:roles}") String rolesClaim,
            @Value("${cleave.gateway.rate-limit.enabled:false}") boolean rateLimited,
            @Value("${cleave.gateway.rate-limit.calls-per-period:100}") int callsPerPeriod,
            @Value("${cleave.gateway.rate-limit.period:1s}") Duration period) throws Exception {
        JwtDecoder decoder = decoders.getIfAvailable(() -> {
            throw new IllegalStateException(NO_PROVIDER);
        });
        var roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(new RolesClaim(rolesClaim));
        Converter<Jwt, AbstractAuthenticationToken> authentication = jwt -> {
            // every caller is someone: a token naming nobody is as invalid as an expired one
            String subject = jwt.getSubject();
            if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
                throw new InvalidBearerTokenException("The token names no subject");
            }
            return roles.convert(jwt);
        };
        var problems = new ProblemResponses(json);
        if (rateLimited) {
            // after authorization: the caller is known, and a refused call was never counted
            var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
            http.addFilterAfter(new RateLimits(api, callsPerPeriod, period, problems), AuthorizationFilter.class);
        }
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(Authorization::rules)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    WebMvcConfigurer cleaveCallerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}

package io.cleave.edge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cleave.kernel.ForbiddenException;
import io.cleave.kernel.InvalidValueException;

/**
 * The development issuer's endpoint for people: {@code POST /dev/tokens} mints a token for whoever
 * asks, for the roles {@code customer}, {@code staff} and {@code metrics} (a scraper's), never
 * {@code service}: those come from {@link DevIssuerTokenEndpoint}, for a client secret. Tokens are handed to
 * {@linkplain LoopbackCallers loopback callers} only, unless
 * {@code cleave.security.dev-issuer.allow-remote=true}.
 */
@RestController
@RequestMapping("/dev")
@Conditional(DevIssuerAutoConfiguration.Wanted.class) // found by the application's component scan, like the facade endpoint
class DevTokenController {

    static final Set<String> ISSUED_ROLES = Set.of(Authorization.CUSTOMER, Authorization.STAFF, Authorization.METRICS);

    private final DevIssuer issuer;
    private final boolean allowRemote;

    DevTokenController(DevIssuer issuer, DevIssuerSettings settings) {
        this.issuer = issuer;
        this.allowRemote = settings.allowRemote();
    }

    /** @param roles among {@code customer}, {@code staff} and {@code metrics} */
    record TokenRequest(String subject, List<String> roles) {
    }

    @PostMapping("/tokens")
    Map<String, Object> token(@RequestBody TokenRequest request, HttpServletRequest http) {
        requireLoopback(http);
        if (request.subject() == null || request.subject().isBlank()) {
            throw new InvalidValueException("subject", "must not be blank");
        }
        if (request.subject().length() > 255) {
            throw new InvalidValueException("subject", "must be at most 255 characters");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new InvalidValueException("roles", "must name at least one of customer, staff, metrics");
        }
        for (String role : request.roles()) {
            if (role == null || !ISSUED_ROLES.contains(role)) {
                throw new InvalidValueException("roles", "may hold only customer, staff and metrics, not " + role);
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", issuer.mint(request.subject(), List.copyOf(request.roles())));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", issuer.lifetime().toSeconds());
        return answer;
    }

    private void requireLoopback(HttpServletRequest request) {
        if (!allowRemote && !LoopbackCallers.isLocal(request)) {
            throw new ForbiddenException("The development issuer hands out tokens to loopback callers only");
        }
    }
}

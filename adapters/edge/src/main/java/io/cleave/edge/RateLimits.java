package io.cleave.edge;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * A rate limit per caller on some paths: each subject (each address, for anonymous callers) may
 * make so many calls per period; beyond that the answer is 429 problem details with
 * {@code Retry-After}. Resilience4j's {@code RateLimiter} counts, one per caller. The counts live
 * in this process: with several instances, each limits on its own. At most {@value #MAX_CALLERS}
 * callers are counted at once: beyond, the counts start afresh, so a flood of distinct callers
 * costs no more memory than that. It limits the API ({@code cleave.gateway.rate-limit.*}) and the
 * development issuer's token endpoint.
 */
final class RateLimits extends OncePerRequestFilter {

    static final int MAX_CALLERS = 100_000;

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final RequestMatcher limited;
    private final RateLimiterConfig limit;
    private final long retryAfterSeconds;
    private final ProblemResponses problems;

    RateLimits(RequestMatcher limited, int callsPerPeriod, Duration period, ProblemResponses problems) {
        this.limited = limited;
        this.limit = RateLimiterConfig.custom()
                .limitForPeriod(callsPerPeriod)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO) // refuse at once, never hold a request thread
                .build();
        this.retryAfterSeconds = Math.max(1, (period.toMillis() + 999) / 1000);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limited.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limiterOf(callerOf(request)).acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                "Too many calls; try again in %d s".formatted(retryAfterSeconds));
    }

    private RateLimiter limiterOf(String caller) {
        if (limiters.size() >= MAX_CALLERS) {
            limiters.clear();
        }
        return limiters.computeIfAbsent(caller, name -> RateLimiter.of(name, limit));
    }

    private static String callerOf(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? "address:" + request.getRemoteAddr()
                : "subject:" + authentication.getName();
    }
}

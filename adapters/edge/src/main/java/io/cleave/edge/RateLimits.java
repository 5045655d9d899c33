package io.cleave.edge;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

/**
 * A rate limit per caller on the API ({@code cleave.gateway.rate-limit.*}): each subject (each
 * address, for anonymous callers) may make so many calls per period; beyond that the answer is
 * 429 problem details with {@code Retry-After}. Resilience4j's {@code RateLimiter} counts, one per
 * caller. The counts live in this process: with several instances, each limits on its own.
 */
final class RateLimits extends OncePerRequestFilter {

    private final RateLimiterRegistry limiters;
    private final long retryAfterSeconds;
    private final ProblemResponses problems;

    RateLimits(int callsPerPeriod, Duration period, ProblemResponses problems) {
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(callsPerPeriod)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO) // refuse at once, never hold a request thread
                .build());
        this.retryAfterSeconds = Math.max(1, (period.toMillis() + 999) / 1000);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limiters.rateLimiter(callerOf(request)).acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                "Too many calls; try again in %d s".formatted(retryAfterSeconds));
    }

    private static String callerOf(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? "address:" + request.getRemoteAddr()
                : "subject:" + authentication.getName();
    }
}

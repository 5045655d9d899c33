package io.cleave.edge;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.cleave.kernel.Caller;

/**
 * Hands a controller method's {@link Caller} parameter the authenticated caller: the token's
 * subject and the Cleave roles among its authorities. Contexts so never see a security type.
 */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return callerOf(SecurityContextHolder.getContext().getAuthentication());
    }

    static Caller callerOf(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            // Authorization lets no anonymous request reach an operation that takes a caller.
            throw new IllegalStateException("No authenticated caller for an operation that needs one");
        }
        Set<Caller.Role> roles = EnumSet.noneOf(Caller.Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Caller.Role role : Caller.Role.values()) {
                if (("ROLE_" + role.name().toLowerCase()).equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Caller(authentication.getName(), roles);
    }
}

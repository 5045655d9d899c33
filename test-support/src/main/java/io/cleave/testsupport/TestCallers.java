package io.cleave.testsupport;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.cleave.kernel.Caller;

/**
 * Hands a controller's {@link Caller} parameter the caller a slice test names in the
 * {@value #HEADER} header ({@code "alice customer"}, {@code "desk staff"}), in place of the edge's
 * resolver, which reads a verified token: a {@code @WebMvcTest} of one controller imports this and
 * tests the controller's mapping without the security chain.
 */
public class TestCallers implements WebMvcConfigurer {

    public static final String HEADER = "Test-Caller";

    /** The header value for {@code caller}. */
    public static String header(Caller caller) {
        StringBuilder value = new StringBuilder(caller.subject());
        caller.roles().forEach(role -> value.append(' ').append(role.name().toLowerCase(Locale.ROOT)));
        return value.toString();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {

            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Caller.class;
            }

            @Override
            public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                String value = request.getHeader(HEADER);
                if (value == null) {
                    throw new IllegalStateException("A slice test calling this operation must send " + HEADER);
                }
                String[] parts = value.trim().split("\\s+");
                Set<Caller.Role> roles = EnumSet.noneOf(Caller.Role.class);
                Arrays.stream(parts).skip(1).forEach(role -> roles.add(Caller.Role.valueOf(role.toUpperCase(Locale.ROOT))));
                return new Caller(parts[0], roles);
            }
        });
    }
}

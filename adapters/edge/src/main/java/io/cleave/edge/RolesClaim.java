package io.cleave.edge;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads roles from a JWT claim holding a JSON array of strings, named by
 * {@code cleave.security.roles-claim} (default {@code roles}). A dotted name reaches into nested
 * objects, as identity providers put them: Keycloak's realm roles are {@code realm_access.roles}.
 * Each role {@code r} becomes the authority {@code ROLE_r}.
 */
final class RolesClaim implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final String[] path;

    RolesClaim(String claim) {
        this.path = claim.split("\\.");
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object value = jwt.getClaims().get(path[0]);
        for (int i = 1; i < path.length && value instanceof Map<?, ?> object; i++) {
            value = object.get(path[i]);
        }
        if (!(value instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .filter(String.class::isInstance)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    /** The claims that carry {@code roles} where this reader looks for them. */
    Map<String, Object> claimsFor(List<String> roles) {
        Object value = roles;
        for (int i = path.length - 1; i > 0; i--) {
            value = Map.of(path[i], value);
        }
        return Map.of(path[0], value);
    }
}

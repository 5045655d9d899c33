package io.cleave.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RolesClaimTest {

    @Test
    void readsATopLevelArrayAsRoles() {
        assertThat(authorities(new RolesClaim("roles"), Map.of("roles", List.of("customer", "staff"))))
                .containsExactly("ROLE_customer", "ROLE_staff");
    }

    @Test
    void followsADottedPathAsKeycloakNestsRealmRoles() {
        var keycloak = Map.<String, Object>of("realm_access", Map.of("roles", List.of("staff", "offline_access")));
        assertThat(authorities(new RolesClaim("realm_access.roles"), keycloak))
                .containsExactly("ROLE_staff", "ROLE_offline_access");
    }

    @Test
    void aMissingOrMisshapenClaimGrantsNothing() {
        assertThat(authorities(new RolesClaim("roles"), Map.of("scope", "staff"))).isEmpty();
        assertThat(authorities(new RolesClaim("roles"), Map.of("roles", "staff"))).isEmpty();
        assertThat(authorities(new RolesClaim("realm_access.roles"), Map.of("realm_access", "staff"))).isEmpty();
    }

    @Test
    void writesRolesWhereItReadsThem() {
        var claim = new RolesClaim("realm_access.roles");
        assertThat(authorities(claim, claim.claimsFor(List.of("customer")))).containsExactly("ROLE_customer");
    }

    private static List<String> authorities(RolesClaim claim, Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("ada").claims(all -> all.putAll(claims))
                .issuedAt(Instant.now()).build();
        return claim.convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }
}

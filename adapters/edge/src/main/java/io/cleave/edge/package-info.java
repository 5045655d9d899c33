/**
 * The edge of every process: no call is trusted for where it comes from. Every request is
 * authenticated by a bearer JWT (Spring Security's OAuth2 resource server) from the configured
 * identity provider, or from the development issuer this process runs when none is configured and
 * the embedded PostgreSQL is in use ({@link io.cleave.edge.DevIssuerAutoConfiguration}).
 * {@link io.cleave.edge.Authorization} says who may call what; a context's web adapter receives the
 * caller as the kernel's {@code Caller} and decides ownership in its use cases. Refusals are
 * problem details: 401 with {@code WWW-Authenticate: Bearer}, 403. No context depends on this package.
 */
@ApplicationModule(displayName = "Edge", allowedDependencies = { "platform", "kernel" })
package io.cleave.edge;

import org.springframework.modulith.ApplicationModule;

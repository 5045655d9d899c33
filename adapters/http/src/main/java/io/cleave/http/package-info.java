/**
 * The HTTP adapter: queries across processes when contexts run apart (docs/design.md, section 4). Active
 * only when the topology is split. For each remote context that a local one queries, a client
 * implementing that context's {@code api} facade interface, so the caller's code does not change;
 * and an endpoint serving the local contexts' facades to other processes. Every remote call has
 * timeouts, retries with backoff (facade methods are queries, hence idempotent) and a circuit
 * breaker per remote context; when the context is away the caller gets a 503 problem, fast.
 * No context depends on this package.
 */
@ApplicationModule(displayName = "HTTP adapter", allowedDependencies = { "platform", "kernel" })
package io.cleave.http;

import org.springframework.modulith.ApplicationModule;

/**
 * The telemetry adapter: what an operator sees of a running process beyond what Spring Boot's
 * actuator, Micrometer and Spring Kafka's observation give on their own.
 * <ul>
 * <li>The trace of a message across the outbox ({@link OutboxTraceContexts}): the listener that
 * handles a publication continues the trace of the transaction that published it, also when a
 * restart resubmits it.</li>
 * <li>The outbox's backlog as gauges ({@link OutboxBacklog}).</li>
 * <li>The switch that pauses a context's listeners ({@link ListenerPauses}), for operators and for
 * the tests that need a backlog.</li>
 * </ul>
 * No context depends on this package.
 */
@ApplicationModule(displayName = "Telemetry adapter", allowedDependencies = { "platform", "kernel" })
package io.cleave.telemetry;

import org.springframework.modulith.ApplicationModule;

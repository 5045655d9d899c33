/**
 * The Kafka adapter: commands and events across processes when contexts run apart (docs/design.md,
 * section 4), and the events published for subscribers outside Cleave where a broker is configured.
 * Taking messages in is active only when the topology is split. Outgoing messages leave through Spring
 * Modulith's event externalization, so they are stored in the outbox with the business transaction
 * and sent when the broker takes them; incoming ones are recorded in an inbox and republished into
 * the local flow in one transaction. Which types go out and which come in is {@link
 * io.cleave.platform.MessageRoutes}'s routing rule. No context depends on this package.
 */
@ApplicationModule(displayName = "Kafka adapter", allowedDependencies = "platform")
package io.cleave.kafka;

import org.springframework.modulith.ApplicationModule;

package io.cleave.platform;

/**
 * The listeners of a local context were paused or resumed (the telemetry adapter's switch,
 * {@code /actuator/listeners}). Published to the process only, never into the outbox; the Kafka
 * adapter pauses, or resumes, the incoming topics that only paused contexts consume, so that their
 * backlog waits on the broker, as consumer lag.
 */
public record ListenerPauseChanged(String context, boolean paused) {
}

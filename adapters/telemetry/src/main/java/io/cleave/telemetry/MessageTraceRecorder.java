package io.cleave.telemetry;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;

import io.cleave.platform.MessageIds;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Records the trace context current when a context publishes a message (in its transaction, so in
 * the request, saga step or Kafka record that caused it) for {@link TracedDeliveries} to continue.
 */
class MessageTraceRecorder {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;
    private final OutboxTraceContexts traces;

    MessageTraceRecorder(Tracer tracer, Propagator propagator, OutboxTraceContexts traces) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.traces = traces;
    }

    @EventListener
    void on(Object event) {
        MessageIds.of(event).ifPresent(messageId -> {
            TraceContext current = tracer.currentTraceContext().context();
            if (current == null) {
                return; // published outside any trace, e.g. by a scheduler: its listeners start their own
            }
            Map<String, String> headers = new HashMap<>();
            propagator.inject(current, headers, Map::put);
            String traceparent = headers.get(TRACEPARENT);
            if (traceparent != null) {
                traces.record(messageId, traceparent);
            }
        });
    }
}

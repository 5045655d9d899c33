package io.cleave.telemetry;

import java.util.Map;
import java.util.UUID;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;

import io.cleave.platform.MessageIds;
import io.cleave.platform.Topology;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;

/**
 * Each delivery of an outbox publication to its listener is an observation named {@value #NAME}: a
 * span that continues the trace recorded with the message ({@link OutboxTraceContexts}), and a
 * timer tagged by context, listener, message and outcome. It wraps Spring Modulith's completion of
 * the publication, so the listener's own work and the registry's bookkeeping are both inside it.
 */
class TracedDeliveries implements MethodInterceptor {

    static final String NAME = "cleave.outbox.delivery";

    private final ObservationRegistry observations;
    private final OutboxTraceContexts traces;

    TracedDeliveries(ObservationRegistry observations, OutboxTraceContexts traces) {
        this.observations = observations;
        this.traces = traces;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Object message = invocation.getArguments().length == 0 ? null : invocation.getArguments()[0];
        Class<?> listener = AopUtils.getTargetClass(invocation.getThis());
        String context = Topology.contextOf(listener.getName()).orElse("platform");
        String messageType = message == null ? "none" : message.getClass().getSimpleName();

        var delivery = new ReceiverContext<Map<String, String>>((carrier, key) -> carrier.get(key), Kind.CONSUMER);
        delivery.setCarrier(MessageIds.of(message).map(this::parentOf).orElse(Map.of()));
        delivery.setRemoteServiceName("outbox");
        return Observation.createNotStarted(NAME, () -> delivery, observations)
                .contextualName(messageType + " to " + listener.getSimpleName())
                .lowCardinalityKeyValues(KeyValues.of("context", context, "listener", listener.getSimpleName(),
                        "message", messageType))
                .observeChecked(invocation::proceed);
    }

    private Map<String, String> parentOf(UUID messageId) {
        return traces.traceparentOf(messageId)
                .map(traceparent -> Map.of(MessageTraceRecorder.TRACEPARENT, traceparent))
                .orElse(Map.of());
    }
}

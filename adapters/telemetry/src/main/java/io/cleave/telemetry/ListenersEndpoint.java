package io.cleave.telemetry;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import io.cleave.platform.Topology;

/**
 * {@code /actuator/listeners} (staff): which local contexts' listeners are paused, and
 * {@code POST /actuator/listeners/<context>} with {@code {"paused": true|false}} to pause or resume
 * them ({@link ListenerPauses}).
 */
@Endpoint(id = "listeners")
class ListenersEndpoint {

    private final Topology topology;
    private final ListenerPauses pauses;

    ListenersEndpoint(Topology topology, ListenerPauses pauses) {
        this.topology = topology;
        this.pauses = pauses;
    }

    @ReadOperation
    Map<String, Object> listeners() {
        return Map.of("local", topology.localContexts(), "paused", pauses.paused());
    }

    @WriteOperation
    Map<String, Object> pause(@Selector String context, boolean paused) {
        try {
            if (paused) {
                pauses.pause(context);
            } else {
                pauses.resume(context);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidEndpointRequestException(e.getMessage(), e.getMessage());
        }
        return listeners();
    }
}

package io.cleave.kafka;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import io.cleave.platform.Topology;

/** Matches when some context runs in another process, so messages must cross over Kafka. */
class SplitTopology implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Topology.of(context.getEnvironment()).isSplit();
    }
}

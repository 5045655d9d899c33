package io.cleave.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when some context runs in another process: the condition of the Kafka and HTTP adapters. */
public class SplitTopology implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Topology.of(context.getEnvironment()).isSplit();
    }
}

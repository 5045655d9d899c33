package io.cleave.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the context named runs in this process ({@code cleave.topology.local}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnLocalContext.IsLocal.class)
public @interface ConditionalOnLocalContext {

    /** The context, e.g. {@code payment}. */
    String value();

    /** Says in the condition report why a context is, or is not, here. */
    class IsLocal extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String name = (String) metadata.getAnnotationAttributes(ConditionalOnLocalContext.class.getName()).get("value");
            Topology topology = Topology.of(context.getEnvironment());
            String why = "cleave.topology.local=%s: %s".formatted(topology.local(), name);
            return topology.isLocal(name) ? ConditionOutcome.match(why + " runs here")
                    : ConditionOutcome.noMatch(why + " runs elsewhere");
        }
    }
}

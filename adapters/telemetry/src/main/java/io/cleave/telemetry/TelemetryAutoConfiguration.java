package io.cleave.telemetry;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.cleave.platform.PureGateway;
import io.cleave.platform.Topology;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Telemetry of the outbox in every process that hosts a context (a pure gateway has no outbox).
 * Both interceptors apply to the methods Spring Modulith delivers publications to (transactional
 * event listeners, such as {@code @ApplicationModuleListener}s and the Kafka externalizer), on
 * either side of the registry's completion: the trace around it, the pause inside it, so that a
 * paused delivery is recorded as failed and kept. The advisors are created before the beans they
 * advise, so what they use is resolved on first use ({@code @Lazy}).
 */
@AutoConfiguration
@Conditional(PureGateway.HasContexts.class)
public class TelemetryAutoConfiguration {

    /** Modulith's completion registration runs at HIGHEST_PRECEDENCE + 10. */
    private static final int AROUND_COMPLETION = Ordered.HIGHEST_PRECEDENCE;
    private static final int INSIDE_COMPLETION = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    OutboxTraceContexts cleaveOutboxTraceContexts(JdbcTemplate jdbc, Clock clock,
            @Value("${cleave.outbox.keep-completed}") Duration keep) {
        return new OutboxTraceContexts(jdbc, clock, keep);
    }

    @Bean
    MessageTraceRecorder cleaveMessageTraceRecorder(Tracer tracer, Propagator propagator, OutboxTraceContexts traces) {
        return new MessageTraceRecorder(tracer, propagator, traces);
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor cleaveTracedDeliveriesAdvisor(@Lazy ObservationRegistry observations, @Lazy OutboxTraceContexts traces) {
        var advisor = new DefaultPointcutAdvisor(publicationListeners(), new TracedDeliveries(observations, traces));
        advisor.setOrder(AROUND_COMPLETION);
        return advisor;
    }

    @Bean
    ListenerPauses cleaveListenerPauses(Topology topology, IncompleteEventPublications incomplete,
            ApplicationEventPublisher events) {
        return new ListenerPauses(topology, incomplete, events);
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor cleaveListenerPausesAdvisor(@Lazy ListenerPauses pauses) {
        var advisor = new DefaultPointcutAdvisor(publicationListeners(), pauses);
        advisor.setOrder(INSIDE_COMPLETION);
        return advisor;
    }

    @Bean
    ListenersEndpoint cleaveListenersEndpoint(Topology topology, ListenerPauses pauses) {
        return new ListenersEndpoint(topology, pauses);
    }

    @Bean
    OutboxBacklog cleaveOutboxBacklog(DataSource database, Clock clock,
            @Value("${cleave.outbox.metrics.fresh-for:PT5S}") Duration freshFor) {
        return new OutboxBacklog(database, clock, freshFor);
    }

    /** What Spring Modulith's registry delivers publications to: after-commit transactional event listeners. */
    private static Pointcut publicationListeners() {
        return new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> type) {
                TransactionalEventListener listener = AnnotatedElementUtils.findMergedAnnotation(method,
                        TransactionalEventListener.class);
                return listener != null && listener.phase() == TransactionPhase.AFTER_COMMIT;
            }
        };
    }
}

package io.cleave.telemetry;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;

import io.cleave.platform.ListenerPauseChanged;
import io.cleave.platform.Topology;

/**
 * Which local contexts' listeners are paused, for operators ({@link ListenersEndpoint}) and for the
 * tests that need a backlog. A paused listener fails at once, as it would while its database is away:
 * its publication stays incomplete and the outbox keeps it. Resuming hands the context's incomplete
 * publications to their listeners at once, instead of at the next resubmission round. Either change
 * is announced as a {@link ListenerPauseChanged}, on which the Kafka adapter holds or releases the
 * topics only paused contexts consume.
 */
class ListenerPauses implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ListenerPauses.class);

    private final Topology topology;
    private final IncompleteEventPublications incomplete;
    private final ApplicationEventPublisher events;
    private final Set<String> paused = ConcurrentHashMap.newKeySet();

    ListenerPauses(Topology topology, IncompleteEventPublications incomplete, ApplicationEventPublisher events) {
        this.topology = topology;
        this.incomplete = incomplete;
        this.events = events;
    }

    /** @throws IllegalArgumentException when the context does not run in this process */
    void pause(String context) {
        requireLocal(context);
        if (paused.add(context)) {
            log.warn("The listeners of {} are paused: their publications wait in the outbox", context);
        }
        events.publishEvent(new ListenerPauseChanged(context, true));
    }

    /** @throws IllegalArgumentException when the context does not run in this process */
    void resume(String context) {
        requireLocal(context);
        if (paused.remove(context)) {
            log.info("The listeners of {} resume", context);
        }
        events.publishEvent(new ListenerPauseChanged(context, false));
        String listeners = Topology.packageOf(context) + ".";
        incomplete.resubmitIncompletePublications(publication -> publication instanceof TargetEventPublication target
                && target.getTargetIdentifier().getValue().startsWith(listeners));
    }

    SortedSet<String> paused() {
        return new TreeSet<>(paused);
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        String listener = AopUtils.getTargetClass(invocation.getThis()).getName();
        var context = Topology.contextOf(listener);
        if (context.isPresent() && paused.contains(context.get())) {
            throw new ListenerPausedException(context.get());
        }
        return invocation.proceed();
    }

    private void requireLocal(String context) {
        if (!topology.isLocal(context)) {
            throw new IllegalArgumentException(
                    "%s is not a context of this process (%s)".formatted(context, String.join(", ", topology.localContexts())));
        }
    }

    /** A delivery refused while its context is paused: transient, the publication is delivered after resume. */
    static final class ListenerPausedException extends RuntimeException {

        ListenerPausedException(String context) {
            super("The listeners of " + context + " are paused", null, false, false); // expected: no stack trace to log
        }
    }
}

package io.cleave.testsupport;

import java.time.Duration;

/**
 * Runs a test server's stop when the JVM ends, however many Spring contexts it ran (none, too):
 * Spring Boot's own shutdown handlers run only in a JVM where a Spring application started, and a
 * plain JVM hook runs alongside Boot's, which could stop a database under a context still closing.
 * So this hook first waits for Boot's hook thread, if there is one, and then stops the server. The
 * JVM starts its hooks one after the other, so Boot's may start just after this one: it is given a
 * moment to appear.
 */
final class AfterSpringShutdown {

    /** The name Spring Boot gives its JVM shutdown hook thread. */
    private static final String SPRING_HOOK = "SpringApplicationShutdownHook";
    private static final Duration WAIT_FOR_SPRING = Duration.ofSeconds(60);
    private static final Duration SPRING_HOOK_APPEARS = Duration.ofMillis(500);

    private AfterSpringShutdown() {
    }

    static void register(String name, Runnable stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitSpringShutdown();
            stop.run();
        }, "stop " + name));
    }

    private static void awaitSpringShutdown() {
        long giveUp = System.nanoTime() + SPRING_HOOK_APPEARS.toNanos();
        try {
            while (System.nanoTime() < giveUp) {
                Thread spring = springHook();
                if (spring != null) {
                    spring.join(WAIT_FOR_SPRING.toMillis());
                    return;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread springHook() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(SPRING_HOOK))
                .findFirst()
                .orElse(null);
    }
}

package io.cleave.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one) running as a process
 * of its own, from the {@code kafka_2.13} jars on this JVM's class path. Unlike an in-JVM broker it
 * can be stopped and started again on the same log directory, keeping its port, its topics and its
 * committed offsets, as a real broker outage does.
 */
public final class KafkaBrokerProcess implements TestKafka {

    static final String DIRECTORY_PREFIX = "cleave-kafka";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final int port;
    private Process process;

    private KafkaBrokerProcess(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /**
     * Formats a new log directory and starts the broker on a free port. A broker its test does not
     * close is closed when the JVM ends (after the Spring contexts); one left by a JVM killed hard is
     * stopped by the next test JVM ({@link LeftoverServers}).
     */
    public static KafkaBrokerProcess start() {
        try {
            LeftoverServers.reap();
            Path directory = TemporaryDirectories.createOwned(DIRECTORY_PREFIX);
            KafkaBrokerProcess broker = new KafkaBrokerProcess(directory, FreePorts.next());
            AfterSpringShutdown.register("test Kafka broker", broker::close);
            broker.writeConfiguration(FreePorts.next());
            broker.run("kafka.tools.StorageTool", "format", "--standalone", "-t", Uuid.randomUuid().toString(),
                    "-c", broker.configuration().toString()).waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            broker.startAgain();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Stops the broker cleanly (SIGTERM); its data stays for {@link #startAgain()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts the broker on its existing log directory and port, and waits until it accepts connections. */
    public void startAgain() {
        if (process != null) {
            return;
        }
        try {
            process = run("kafka.Kafka", configuration().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!accepts()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka broker did not start; see " + directory.resolve("broker.log"));
            }
            sleep();
        }
    }

    /** Stops the broker and removes its data; closing again does nothing. */
    @Override
    public synchronized void close() {
        stop();
        TemporaryDirectories.delete(directory);
    }

    private Process run(String mainClass, String... arguments) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("broker.log").toFile()))
                .start();
    }

    private Path configuration() {
        return directory.resolve("server.properties");
    }

    private void writeConfiguration(int controllerPort) throws IOException {
        Files.writeString(configuration(), String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "log.dirs=" + directory.resolve("logs"),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.cleave.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.testcontainers.containers.GenericContainer;

/**
 * A Redis server for the tests of the Redis cache, found once per JVM: the one answering on
 * 127.0.0.1:6379, else a Testcontainers container where a Docker engine answers, else none. A test
 * that needs it skips with {@link #SKIPPED} when there is none.
 */
public final class TestRedis {

    public static final String SKIPPED =
            "skipped: no Redis answers on 127.0.0.1:6379 and no Docker engine answers for a Testcontainers one";

    private static final String LOCAL_HOST = "127.0.0.1";
    private static final int LOCAL_PORT = 6379;

    private static Optional<Address> found;

    private TestRedis() {
    }

    /** Where a Redis server answers, if one does. */
    public static synchronized Optional<Address> server() {
        if (found == null) {
            found = find();
            System.out.println(found.map(address -> "Redis for the cache tests: " + address)
                    .orElse("Redis for the cache tests: none (" + SKIPPED + ")"));
        }
        return found;
    }

    /** {@code host:port} of a Redis server. */
    public record Address(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    private static Optional<Address> find() {
        if (answersPing(LOCAL_HOST, LOCAL_PORT)) {
            return Optional.of(new Address(LOCAL_HOST, LOCAL_PORT));
        }
        if (TestInfrastructure.current() == TestInfrastructure.CONTAINERS) {
            GenericContainer<?> container = new GenericContainer<>("redis:7.0").withExposedPorts(LOCAL_PORT);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return Optional.of(new Address(container.getHost(), container.getMappedPort(LOCAL_PORT)));
        }
        return Optional.empty();
    }

    /** True when a Redis server answers PING on this address within half a second. */
    static boolean answersPing(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[7];
            int read = in.readNBytes(reply, 0, reply.length);
            return new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }
}

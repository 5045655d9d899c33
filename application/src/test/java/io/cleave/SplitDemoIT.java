package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cleave.testsupport.FreePorts;

/**
 * {@code scripts/split-demo.sh}, as README.md and migration-guide.md show it: a broker from Maven
 * artifacts and the packaged jar twice (monolith without payment, payment service), one order
 * through the saga across both, then everything stopped.
 */
class SplitDemoIT {

    private static final Path ROOT = Path.of(System.getProperty("cleave.jar", "target/cleave.jar"))
            .toAbsolutePath().getParent().getParent().getParent();

    @TempDir Path work;

    @Test
    void theDemoPutsAnOrderThroughTheSplitSagaAndStopsEverything() throws Exception {
        int gateway = FreePorts.next();
        int monolith = FreePorts.next();
        int payment = FreePorts.next();
        int kafka = FreePorts.next();
        Path output = work.resolve("demo.out");
        var demo = new ProcessBuilder(ROOT.resolve("scripts/split-demo.sh").toString(), "--smoke")
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        demo.environment().putAll(Map.of("SPLIT_DEMO_DIR", work.resolve("split").toString(),
                "GATEWAY_PORT", "" + gateway, "MONOLITH_PORT", "" + monolith, "PAYMENT_PORT", "" + payment, "KAFKA_PORT", "" + kafka,
                "KAFKA_CONTROLLER_PORT", "" + FreePorts.next()));
        Process process = demo.start();

        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroy();
        }
        String printed = Files.readString(output);
        assertThat(ended).as(printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("http://127.0.0.1:" + gateway, "http://127.0.0.1:" + monolith,
                        "http://127.0.0.1:" + payment)
                .containsPattern("order [0-9a-f-]{36}: CONFIRMED; payment: CAPTURED");
        for (int port : List.of(gateway, monolith, payment, kafka)) {
            assertThat(listening(port)).as("port %d after the demo stopped", port).isFalse();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException closed) {
            return false;
        }
    }
}

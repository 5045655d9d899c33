package io.cleave;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Cleave: every bounded context of {@code io.cleave.*} in one process, on the platform that
 * {@code io.cleave.platform} contributes. Which contexts are active is configuration
 * ({@code cleave.topology.local}); the jar is always the same.
 */
@SpringBootApplication
@Modulithic(systemName = "Cleave", sharedModules = { "kernel", "platform" })
public class CleaveApplication {

    public static void main(String[] args) {
        SpringApplication.run(CleaveApplication.class, args);
    }
}

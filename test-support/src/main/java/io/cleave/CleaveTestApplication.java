package io.cleave;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The boot class a module test finds when it searches upwards from {@code io.cleave.<context>}.
 * {@code @ApplicationModuleTest} then narrows the component scan to the module under test; the
 * platform and the test database come in as auto-configuration and an environment post-processor.
 */
@SpringBootApplication
public class CleaveTestApplication {
}

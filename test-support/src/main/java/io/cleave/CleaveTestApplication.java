package io.cleave;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The boot class a module test finds when it searches upwards from {@code io.cleave.<context>}.
 * {@code @ApplicationModuleTest} then narrows the application to the module under test plus the
 * shared modules: the kernel, and the platform (which comes in as auto-configuration and would
 * otherwise be sliced away with the other modules). The test database comes from an environment
 * post-processor of this module.
 */
@SpringBootApplication
@Modulithic(sharedModules = { "kernel", "platform" })
public class CleaveTestApplication {
}

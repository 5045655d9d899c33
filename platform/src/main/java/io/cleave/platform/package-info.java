/**
 * Infrastructure that every Cleave process runs, whatever contexts it hosts: the topology, the
 * embedded PostgreSQL default, the per-context Flyway strategy, JSON for shared kernel values and
 * problem details for errors. Contributed as auto-configuration, so the jar and every module test
 * run the same platform. No context depends on this package.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.CLOSED)
package io.cleave.platform;

import org.springframework.modulith.ApplicationModule;

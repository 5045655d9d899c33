/** The saga's decisions as metrics and log lines, for operators. */
@SecondaryAdapter
package io.cleave.ordering.adapter.out.telemetry;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

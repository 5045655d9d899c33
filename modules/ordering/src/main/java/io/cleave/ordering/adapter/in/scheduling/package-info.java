/** What ordering does on a clock rather than on a request: the saga's deadlines. */
@PrimaryAdapter
package io.cleave.ordering.adapter.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** Ordering's requests to inventory, as inventory's own command records. */
@SecondaryAdapter
package io.cleave.ordering.adapter.out.inventory;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

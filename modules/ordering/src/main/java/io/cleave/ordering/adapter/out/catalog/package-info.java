/** Ordering's view of prices, through catalog's published query facade. */
@SecondaryAdapter
package io.cleave.ordering.adapter.out.catalog;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Ordering's view of customers, through customer's published query facade. */
@SecondaryAdapter
package io.cleave.ordering.adapter.out.customer;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

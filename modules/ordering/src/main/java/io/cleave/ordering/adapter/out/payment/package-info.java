/** Ordering's requests to payment, as payment's own command records. */
@SecondaryAdapter
package io.cleave.ordering.adapter.out.payment;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

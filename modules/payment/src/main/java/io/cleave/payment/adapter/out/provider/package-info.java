/** Payment provider adapters. Only a simulated provider so far. */
@SecondaryAdapter
package io.cleave.payment.adapter.out.provider;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

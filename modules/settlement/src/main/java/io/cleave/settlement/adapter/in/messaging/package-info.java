/** Settlement's reactions to payment's events, each in its own transaction. */
@PrimaryAdapter
package io.cleave.settlement.adapter.in.messaging;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

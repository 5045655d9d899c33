/** Payment's reactions to the commands sent to it, each in its own transaction. */
@PrimaryAdapter
package io.cleave.payment.adapter.in.messaging;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

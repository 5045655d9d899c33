/** Inventory's reactions to commands sent to it and to other contexts' events, each in its own transaction. */
@PrimaryAdapter
package io.cleave.inventory.adapter.in.messaging;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

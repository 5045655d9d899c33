/** Ordering's reactions to other contexts' events, each in its own transaction after theirs. */
@PrimaryAdapter
package io.cleave.ordering.adapter.in.messaging;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** Inventory's stock and reservations in PostgreSQL (schema {@code inventory}), through Spring Data JDBC. */
@SecondaryAdapter
package io.cleave.inventory.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

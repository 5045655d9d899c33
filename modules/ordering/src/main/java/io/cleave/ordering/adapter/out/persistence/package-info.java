/** Ordering's orders in PostgreSQL (schema {@code ordering}), through Spring Data JDBC. */
@SecondaryAdapter
package io.cleave.ordering.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

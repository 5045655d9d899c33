/** Settlement's settlements and bookings in PostgreSQL (schema {@code settlement}), through Spring Data JDBC. */
@SecondaryAdapter
package io.cleave.settlement.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

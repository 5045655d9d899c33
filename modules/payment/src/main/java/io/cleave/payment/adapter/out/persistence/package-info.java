/** Payment's payments in PostgreSQL (schema {@code payment}), through Spring Data JDBC. */
@SecondaryAdapter
package io.cleave.payment.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

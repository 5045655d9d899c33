/** Customer's customers in PostgreSQL (schema {@code customer}), through Spring Data JDBC. */
@SecondaryAdapter
package io.cleave.customer.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

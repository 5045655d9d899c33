/** Catalog's products in PostgreSQL (schema {@code catalog}), through Spring Data JDBC. */
@SecondaryAdapter
package io.cleave.catalog.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Catalog's REST API under {@code /api/catalog}. */
@PrimaryAdapter
package io.cleave.catalog.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

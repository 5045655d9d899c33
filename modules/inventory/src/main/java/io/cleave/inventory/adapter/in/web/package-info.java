/** Inventory's REST API under {@code /api/inventory}. */
@PrimaryAdapter
package io.cleave.inventory.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

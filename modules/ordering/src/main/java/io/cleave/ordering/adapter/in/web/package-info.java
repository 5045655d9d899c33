/** Ordering's REST API under {@code /api/orders}. */
@PrimaryAdapter
package io.cleave.ordering.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

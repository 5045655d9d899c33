/** Customer's REST API under {@code /api/customers}. */
@PrimaryAdapter
package io.cleave.customer.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

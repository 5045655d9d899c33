/** Payment's REST API under {@code /api/payments}. */
@PrimaryAdapter
package io.cleave.payment.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

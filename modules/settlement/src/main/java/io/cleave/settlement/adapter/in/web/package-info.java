/** Settlement's REST API under {@code /api/settlements}. */
@PrimaryAdapter
package io.cleave.settlement.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

package io.cleave.ordering.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

import io.cleave.ordering.domain.Order;

/**
 * What the saga decided, for those who watch it (metrics, the log): an order entered the saga, an
 * order reached its final state. Told once per order and decision, from inside the step's
 * transaction; an adapter acts on it only once that transaction has committed.
 */
@SecondaryPort
public interface SagaOutcomes {

    /** The order was placed and its saga started. */
    void placed(Order order);

    /** The order is CONFIRMED or CANCELLED (with its reason), for good. */
    void ended(Order order);
}

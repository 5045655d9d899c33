package io.cleave.customer.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;

/**
 * Binds a customer who has none (registered by staff, or before sign-in existed) to the subject
 * they sign in as, and announces it with {@code CustomerSubjectBound}, so that their orders become
 * theirs to see. Binding again to the same subject is harmless.
 */
@PrimaryPort
public interface BindSubject {

    /**
     * @throws io.cleave.customer.domain.CustomerNotFoundException if there is no such customer
     * @throws io.cleave.customer.domain.CustomerAlreadyBoundException if they sign in as another subject
     * @throws io.cleave.customer.domain.SubjectAlreadyRegisteredException if another customer has the subject
     */
    Customer bind(CustomerId customerId, String subject);
}

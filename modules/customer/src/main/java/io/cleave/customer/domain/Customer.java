package io.cleave.customer.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.cleave.kernel.Caller;
import io.cleave.kernel.InvalidValueException;
import io.cleave.kernel.RecordedEvents;
import io.cleave.kernel.Text;

/**
 * Someone who orders: a unique e-mail address, a name, a shipping address, whether they still may,
 * and the identity provider's subject they sign in as (unique; none for a customer the service desk
 * registered without one).
 */
@AggregateRoot
public class Customer {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_SUBJECT_LENGTH = 255;

    @Identity
    private final CustomerId id;
    private final EmailAddress email;
    private final String name;
    private final ShippingAddress shippingAddress;
    private CustomerStatus status;
    private String subject;
    /** Optimistic concurrency: the version this aggregate was read at (0 before it is first stored). */
    private final long version;
    private final RecordedEvents<CustomerEvent> events = new RecordedEvents<>();

    private Customer(CustomerId id, EmailAddress email, String name, ShippingAddress shippingAddress,
            CustomerStatus status, String subject, long version) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.email = Objects.requireNonNull(email, "email must not be null");
        this.name = Text.required("name", name, MAX_NAME_LENGTH);
        this.shippingAddress = Objects.requireNonNull(shippingAddress, "shipping address must not be null");
        this.status = Objects.requireNonNull(status, "status must not be null");
        this.subject = subject == null ? null : checkedSubject(subject);
        this.version = version;
    }

    /** @param subject the subject the customer signs in as, or null */
    public static Customer register(CustomerId id, EmailAddress email, String name, ShippingAddress shippingAddress,
            String subject) {
        Customer customer = new Customer(id, email, name, shippingAddress, CustomerStatus.ACTIVE, subject, 0);
        customer.events.record(new CustomerEvent.Registered(id));
        return customer;
    }

    /** Rebuilds a customer from storage. */
    public static Customer restore(CustomerId id, EmailAddress email, String name, ShippingAddress shippingAddress,
            CustomerStatus status, String subject, long version) {
        return new Customer(id, email, name, shippingAddress, status, subject, version);
    }

    /**
     * Stops the customer from ordering.
     *
     * @return whether they were active until now (deactivating twice changes nothing)
     */
    public boolean deactivate() {
        if (status == CustomerStatus.DEACTIVATED) {
            return false;
        }
        status = CustomerStatus.DEACTIVATED;
        events.record(new CustomerEvent.Deactivated(id));
        return true;
    }

    /**
     * Binds the customer to the subject they sign in as.
     *
     * @return whether that changed anything (binding again to the same subject does not)
     * @throws CustomerAlreadyBoundException if the customer signs in as another subject
     */
    public boolean bindSubject(String newSubject) {
        String checked = checkedSubject(newSubject);
        if (checked.equals(subject)) {
            return false;
        }
        if (subject != null) {
            throw new CustomerAlreadyBoundException(id);
        }
        subject = checked;
        events.record(new CustomerEvent.SubjectBound(id));
        return true;
    }

    /** What happened to them since they were registered or read, oldest first. */
    public List<CustomerEvent> domainEvents() {
        return events.list();
    }

    /** The recorded events are published: forget them. */
    public void clearDomainEvents() {
        events.clear();
    }

    /** Staff see every customer; a customer only themselves. */
    public boolean isVisibleTo(Caller caller) {
        return caller.maySee(subject);
    }

    public boolean isActive() {
        return status == CustomerStatus.ACTIVE;
    }

    public CustomerId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public String name() {
        return name;
    }

    public ShippingAddress shippingAddress() {
        return shippingAddress;
    }

    public CustomerStatus status() {
        return status;
    }

    /** A subject is taken as the identity provider wrote it: present, not too long, never trimmed. */
    private static String checkedSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidValueException("subject", "must not be blank");
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            throw new InvalidValueException("subject", "must be at most %d characters".formatted(MAX_SUBJECT_LENGTH));
        }
        return subject;
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public long version() {
        return version;
    }
}

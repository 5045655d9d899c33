package io.cleave.customer.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.cleave.kernel.Text;

/** Someone who orders: a unique e-mail address, a name, a shipping address, and whether they still may. */
@AggregateRoot
public class Customer {

    static final int MAX_NAME_LENGTH = 200;

    @Identity
    private final CustomerId id;
    private final EmailAddress email;
    private final String name;
    private final ShippingAddress shippingAddress;
    private CustomerStatus status;
    /** Optimistic concurrency: the version this aggregate was read at (0 before it is first stored). */
    private final long version;

    private Customer(CustomerId id, EmailAddress email, String name, ShippingAddress shippingAddress,
            CustomerStatus status, long version) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.email = Objects.requireNonNull(email, "email must not be null");
        this.name = Text.required("name", name, MAX_NAME_LENGTH);
        this.shippingAddress = Objects.requireNonNull(shippingAddress, "shipping address must not be null");
        this.status = Objects.requireNonNull(status, "status must not be null");
        this.version = version;
    }

    public static Customer register(CustomerId id, EmailAddress email, String name, ShippingAddress shippingAddress) {
        return new Customer(id, email, name, shippingAddress, CustomerStatus.ACTIVE, 0);
    }

    /** Rebuilds a customer from storage. */
    public static Customer restore(CustomerId id, EmailAddress email, String name, ShippingAddress shippingAddress,
            CustomerStatus status, long version) {
        return new Customer(id, email, name, shippingAddress, status, version);
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
        return true;
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

    public long version() {
        return version;
    }
}

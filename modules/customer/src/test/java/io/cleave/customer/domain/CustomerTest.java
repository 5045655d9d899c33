package io.cleave.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.cleave.kernel.InvalidValueException;

class CustomerTest {

    private final ShippingAddress address = new ShippingAddress("1 Main St", "Berlin", "10115", new CountryCode("DE"));
    private final Customer customer = Customer.register(CustomerId.random(), new EmailAddress("ada@example.com"), "Ada",
            address, null);

    @Test
    void aRegisteredCustomerIsActive() {
        assertThat(customer.isActive()).isTrue();
        assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    void deactivatingTwiceChangesNothingTheSecondTime() {
        assertThat(customer.deactivate()).isTrue();
        assertThat(customer.deactivate()).isFalse();
        assertThat(customer.status()).isEqualTo(CustomerStatus.DEACTIVATED);
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> Customer.register(CustomerId.random(), new EmailAddress("a@b.io"), " ", address, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("name"));
    }

    @Test
    void aCustomerRecordsWhatHappenedToThemOnce() {
        assertThat(customer.domainEvents()).containsExactly(new CustomerEvent.Registered(customer.id()));
        customer.clearDomainEvents();

        customer.bindSubject("ada");
        customer.bindSubject("ada");
        customer.deactivate();
        customer.deactivate();

        assertThat(customer.domainEvents()).containsExactly(new CustomerEvent.SubjectBound(customer.id()),
                new CustomerEvent.Deactivated(customer.id()));
    }
}

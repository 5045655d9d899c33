package io.cleave.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.test.Scenario;

import io.cleave.customer.api.CustomerDeactivated;
import io.cleave.customer.api.CustomerDirectory;
import io.cleave.customer.api.CustomerRegistered;
import io.cleave.customer.api.CustomerStatus;
import io.cleave.customer.api.CustomerSubjectBound;
import io.cleave.customer.application.port.in.BindSubject;
import io.cleave.customer.application.port.in.DeactivateCustomer;
import io.cleave.customer.application.port.in.RegisterCustomer;
import io.cleave.customer.domain.CountryCode;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerAlreadyBoundException;
import io.cleave.customer.domain.EmailAddress;
import io.cleave.customer.domain.ShippingAddress;
import io.cleave.customer.domain.SubjectAlreadyRegisteredException;
import io.cleave.kernel.Caller;
import io.cleave.kernel.ForbiddenException;

/** Customer on its own, on a real PostgreSQL: its use cases, its events and its facade. */
@ApplicationModuleTest
@Import(CustomerModuleTests.Recorded.class)
class CustomerModuleTests {

    @Autowired RegisterCustomer registerCustomer;
    @Autowired BindSubject bindSubject;
    @Autowired DeactivateCustomer deactivateCustomer;
    @Autowired CustomerDirectory directory;
    @Autowired Recorded recorded;

    @Test
    void registeringPublishesCustomerRegistered(Scenario scenario) {
        String email = uniqueEmail();

        scenario.stimulate(() -> register(email))
                .andWaitForEventOfType(CustomerRegistered.class)
                .matching(event -> event.email().equals(email))
                .toArriveAndVerify((event, customer) -> {
                    assertThat(event.messageId()).isNotNull();
                    assertThat(event.customerId()).isEqualTo(customer.id().value());
                });
    }

    @Test
    void deactivatingPublishesCustomerDeactivatedOnceAndTheDirectoryTellsIt(Scenario scenario) {
        Customer customer = register(uniqueEmail());
        assertThat(directory.customerById(customer.id().value()))
                .hasValueSatisfying(summary -> assertThat(summary.status()).isEqualTo(CustomerStatus.ACTIVE));

        scenario.stimulate(() -> deactivateCustomer.deactivate(customer.id()))
                .andWaitForEventOfType(CustomerDeactivated.class)
                .matching(event -> event.customerId().equals(customer.id().value()))
                .toArrive();
        deactivateCustomer.deactivate(customer.id());

        assertThat(recorded.deactivations).filteredOn(event -> event.customerId().equals(customer.id().value()))
                .hasSize(1);
        assertThat(directory.customerById(customer.id().value()))
                .hasValueSatisfying(summary -> assertThat(summary.status()).isEqualTo(CustomerStatus.DEACTIVATED));
    }

    @Test
    void theDirectoryKnowsNothingOfUnknownIds() {
        assertThat(directory.customerById(UUID.randomUUID())).isEmpty();
    }

    private Customer register(String email) {
        return registerCustomer.register(new RegisterCustomer.Command(Caller.staff("desk"), new EmailAddress(email), "Ada",
                ADDRESS));
    }

    @Test
    void aCustomerRegistersBoundToTheirOwnSubjectAndOnlyOnce() {
        String subject = "ada-" + UUID.randomUUID();
        Customer ada = registerCustomer.register(new RegisterCustomer.Command(Caller.customer(subject),
                new EmailAddress(subject + "@example.com"), "Ada", ADDRESS));

        assertThat(ada.subject()).contains(subject);
        assertThat(directory.customerBySubject(subject)).hasValueSatisfying(summary -> {
            assertThat(summary.customerId()).isEqualTo(ada.id().value());
            assertThat(summary.subject()).isEqualTo(subject);
        });
        assertThatThrownBy(() -> registerCustomer.register(new RegisterCustomer.Command(Caller.customer(subject),
                new EmailAddress("again-" + subject + "@example.com"), "Ada", ADDRESS)))
                .isInstanceOf(SubjectAlreadyRegisteredException.class);
    }

    @Test
    void aCustomerRegisteredWithoutASubjectIsBoundOnceAndThatIsAnnounced(Scenario scenario) {
        Customer customer = register("erin-" + UUID.randomUUID() + "@example.com");
        String subject = "erin-" + customer.id();

        scenario.stimulate(() -> bindSubject.bind(customer.id(), subject))
                .andWaitForEventOfType(CustomerSubjectBound.class)
                .matching(event -> event.customerId().equals(customer.id().value()))
                .toArriveAndVerify(event -> assertThat(event.subject()).isEqualTo(subject));

        assertThat(bindSubject.bind(customer.id(), subject).subject()).as("binding again changes nothing").contains(subject);
        assertThatThrownBy(() -> bindSubject.bind(customer.id(), "someone-else"))
                .isInstanceOf(CustomerAlreadyBoundException.class);
        Customer other = register("frank-" + UUID.randomUUID() + "@example.com");
        assertThatThrownBy(() -> bindSubject.bind(other.id(), subject)).isInstanceOf(SubjectAlreadyRegisteredException.class);
        assertThat(directory.customerBySubject(subject)).hasValueSatisfying(
                summary -> assertThat(summary.customerId()).isEqualTo(customer.id().value()));
    }

    @Test
    void aCustomerCannotRegisterSomeoneElseButStaffMay() {
        String other = "bob-" + UUID.randomUUID();
        assertThatThrownBy(() -> registerCustomer.register(new RegisterCustomer.Command(Caller.customer("eve"),
                new EmailAddress(other + "@example.com"), "Bob", ADDRESS, other)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(directory.customerBySubject(other)).isEmpty();

        Customer bob = registerCustomer.register(new RegisterCustomer.Command(Caller.staff("desk"),
                new EmailAddress(other + "@example.com"), "Bob", ADDRESS, other));
        assertThat(bob.subject()).contains(other);
    }

    private static final ShippingAddress ADDRESS = new ShippingAddress("1 Main St", "Berlin", "10115", new CountryCode("DE"));

    /** Every CustomerDeactivated published, as it is published. */
    static class Recorded {

        final List<CustomerDeactivated> deactivations = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CustomerDeactivated event) {
            deactivations.add(event);
        }
    }

    private static String uniqueEmail() {
        return "ada+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}

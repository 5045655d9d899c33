package io.cleave.ordering.adapter.out.customer;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.cleave.customer.api.CustomerDirectory;
import io.cleave.customer.api.CustomerStatus;
import io.cleave.customer.api.CustomerSummary;
import io.cleave.ordering.application.port.out.CustomerStanding;
import io.cleave.ordering.application.port.out.CustomerStandings;
import io.cleave.ordering.domain.CustomerRef;

/**
 * Asks customer's {@link CustomerDirectory}. Whether customer runs in this process or behind HTTP
 * is decided by which bean implements the directory; this class does not change.
 */
@Component
class CustomerDirectoryStandings implements CustomerStandings {

    private final CustomerDirectory directory;

    CustomerDirectoryStandings(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<CustomerStanding> of(CustomerRef customer) {
        return directory.customerById(customer.value()).map(CustomerDirectoryStandings::standing);
    }

    @Override
    public Optional<CustomerStanding> ofSubject(String subject) {
        return directory.customerBySubject(subject).map(CustomerDirectoryStandings::standing);
    }

    private static CustomerStanding standing(CustomerSummary summary) {
        return new CustomerStanding(new CustomerRef(summary.customerId()), summary.status() == CustomerStatus.ACTIVE,
                summary.subject());
    }
}

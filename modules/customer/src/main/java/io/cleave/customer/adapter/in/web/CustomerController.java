package io.cleave.customer.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cleave.customer.application.port.in.BindSubject;
import io.cleave.customer.application.port.in.DeactivateCustomer;
import io.cleave.customer.application.port.in.FindCustomers;
import io.cleave.customer.application.port.in.RegisterCustomer;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.EmailAddress;
import io.cleave.kernel.Caller;

@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final RegisterCustomer registerCustomer;
    private final DeactivateCustomer deactivateCustomer;
    private final FindCustomers findCustomers;
    private final BindSubject bindSubject;

    CustomerController(RegisterCustomer registerCustomer, DeactivateCustomer deactivateCustomer,
            FindCustomers findCustomers, BindSubject bindSubject) {
        this.registerCustomer = registerCustomer;
        this.deactivateCustomer = deactivateCustomer;
        this.findCustomers = findCustomers;
        this.bindSubject = bindSubject;
    }

    /** A customer registers themselves; staff register someone, bound to {@code subject} if given. */
    @PostMapping
    ResponseEntity<CustomerResponse> register(Caller caller, @Valid @RequestBody RegisterCustomerRequest request) {
        Customer customer = registerCustomer.register(new RegisterCustomer.Command(caller,
                new EmailAddress(request.email()), request.name(), request.shippingAddress().toShippingAddress(),
                request.subject()));
        return ResponseEntity.created(URI.create("/api/customers/" + customer.id()))
                .body(CustomerResponse.of(customer));
    }

    /** The caller's own customer. */
    @GetMapping("/me")
    CustomerResponse mine(Caller caller) {
        return CustomerResponse.of(findCustomers.of(caller));
    }

    @GetMapping("/{id}")
    CustomerResponse byId(Caller caller, @PathVariable UUID id) {
        return CustomerResponse.of(findCustomers.byId(new CustomerId(id), caller));
    }

    /** Staff bind a customer to the subject they sign in as; their orders become theirs to see. */
    @PutMapping("/{id}/subject")
    CustomerResponse bindSubject(@PathVariable UUID id, @Valid @RequestBody BindSubjectRequest request) {
        return CustomerResponse.of(bindSubject.bind(new CustomerId(id), request.subject()));
    }

    @PostMapping("/{id}/deactivate")
    CustomerResponse deactivate(@PathVariable UUID id) {
        return CustomerResponse.of(deactivateCustomer.deactivate(new CustomerId(id)));
    }
}

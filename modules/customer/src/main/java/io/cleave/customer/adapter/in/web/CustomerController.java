package io.cleave.customer.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cleave.customer.application.DeactivateCustomer;
import io.cleave.customer.application.FindCustomers;
import io.cleave.customer.application.RegisterCustomer;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.EmailAddress;

@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final RegisterCustomer registerCustomer;
    private final DeactivateCustomer deactivateCustomer;
    private final FindCustomers findCustomers;

    CustomerController(RegisterCustomer registerCustomer, DeactivateCustomer deactivateCustomer,
            FindCustomers findCustomers) {
        this.registerCustomer = registerCustomer;
        this.deactivateCustomer = deactivateCustomer;
        this.findCustomers = findCustomers;
    }

    @PostMapping
    ResponseEntity<CustomerResponse> register(@Valid @RequestBody RegisterCustomerRequest request) {
        Customer customer = registerCustomer.register(new RegisterCustomer.Command(new EmailAddress(request.email()),
                request.name(), request.shippingAddress().toShippingAddress()));
        return ResponseEntity.created(URI.create("/api/customers/" + customer.id()))
                .body(CustomerResponse.of(customer));
    }

    @GetMapping("/{id}")
    CustomerResponse byId(@PathVariable UUID id) {
        return CustomerResponse.of(findCustomers.byId(new CustomerId(id)));
    }

    @PostMapping("/{id}/deactivate")
    CustomerResponse deactivate(@PathVariable UUID id) {
        return CustomerResponse.of(deactivateCustomer.deactivate(new CustomerId(id)));
    }
}

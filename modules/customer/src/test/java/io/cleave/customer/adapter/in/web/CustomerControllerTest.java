package io.cleave.customer.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.cleave.customer.application.port.in.BindSubject;
import io.cleave.customer.application.port.in.DeactivateCustomer;
import io.cleave.customer.application.port.in.FindCustomers;
import io.cleave.customer.application.port.in.RegisterCustomer;
import io.cleave.customer.domain.CountryCode;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerAlreadyBoundException;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.CustomerNotFoundException;
import io.cleave.customer.domain.EmailAddress;
import io.cleave.customer.domain.EmailAlreadyRegisteredException;
import io.cleave.customer.domain.ShippingAddress;
import io.cleave.kernel.Caller;
import io.cleave.platform.WebProblemsAutoConfiguration;
import io.cleave.testsupport.TestCallers;

/**
 * The customer controller's mapping on its own, with the use cases stubbed: a registration is 201
 * with the customer's location and reaches the use case with the caller; missing and malformed
 * fields, nested ones included, are 400 naming them and reach no use case; the kernel's failure
 * kinds are 404 and 409, none naming a class.
 */
@WebMvcTest
@Import({ CustomerController.class, TestCallers.class })
@ImportAutoConfiguration(WebProblemsAutoConfiguration.class)
class CustomerControllerTest {

    static final String CUSTOMERS = "/api/customers";
    static final Caller ADA = Caller.customer("ada");
    static final String ADDRESS = "{\"street\":\"1 Main St\",\"city\":\"Springfield\",\"postalCode\":\"12345\",\"country\":\"US\"}";

    @Autowired MockMvc http;
    @MockitoBean RegisterCustomer registerCustomer;
    @MockitoBean DeactivateCustomer deactivateCustomer;
    @MockitoBean FindCustomers findCustomers;
    @MockitoBean BindSubject bindSubject;

    @Test
    void aRegistrationIs201WithTheCustomersLocationAndTheCaller() throws Exception {
        var address = new ShippingAddress("1 Main St", "Springfield", "12345", new CountryCode("US"));
        Customer ada = Customer.register(CustomerId.random(), new EmailAddress("ada@example.com"), "Ada", address, "ada");
        when(registerCustomer.register(any())).thenReturn(ada);

        http.perform(post(CUSTOMERS).header(TestCallers.HEADER, TestCallers.header(ADA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"Ada@Example.com\",\"name\":\"Ada\",\"shippingAddress\":" + ADDRESS + "}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", CUSTOMERS + "/" + ada.id()))
                .andExpect(jsonPath("$.email").value("ada@example.com"))
                .andExpect(jsonPath("$.shippingAddress.country").value("US"));
        verify(registerCustomer).register(new RegisterCustomer.Command(ADA, new EmailAddress("ada@example.com"), "Ada",
                address, null));
    }

    @Test
    void missingAndMalformedFieldsAre400NamingThemAndReachNoUseCase() throws Exception {
        http.perform(post(CUSTOMERS).header(TestCallers.HEADER, TestCallers.header(ADA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"\",\"name\":\"Ada\",\"shippingAddress\":{\"street\":\"1 Main St\",\"city\":\" \","
                                + "\"postalCode\":\"12345\",\"country\":\"US\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("email", "shippingAddress.city")));
        // well-formed for the request's constraints, rejected by the domain's value: still 400 naming it
        http.perform(post(CUSTOMERS).header(TestCallers.HEADER, TestCallers.header(ADA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not-an-address\",\"name\":\"Ada\",\"shippingAddress\":" + ADDRESS + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        http.perform(put(CUSTOMERS + "/" + UUID.randomUUID() + "/subject").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
        http.perform(get(CUSTOMERS + "/42").header(TestCallers.HEADER, TestCallers.header(ADA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        verifyNoInteractions(registerCustomer, bindSubject, findCustomers);
    }

    @Test
    void theKernelsFailureKindsAre404And409() throws Exception {
        CustomerId id = CustomerId.random();
        when(findCustomers.byId(id, ADA)).thenThrow(new CustomerNotFoundException(id));
        when(findCustomers.of(ADA)).thenThrow(new CustomerNotFoundException(id));
        when(bindSubject.bind(id, "ada-2")).thenThrow(new CustomerAlreadyBoundException(id));
        when(registerCustomer.register(any())).thenThrow(new EmailAlreadyRegisteredException(new EmailAddress("ada@example.com")));

        http.perform(get(CUSTOMERS + "/" + id).header(TestCallers.HEADER, TestCallers.header(ADA)))
                .andExpect(status().isNotFound());
        http.perform(get(CUSTOMERS + "/me").header(TestCallers.HEADER, TestCallers.header(ADA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        http.perform(put(CUSTOMERS + "/" + id + "/subject").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"ada-2\"}"))
                .andExpect(status().isConflict());
        http.perform(post(CUSTOMERS).header(TestCallers.HEADER, TestCallers.header(ADA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"shippingAddress\":" + ADDRESS + "}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
    }
}

package io.cleave.ordering.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
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

import io.cleave.kernel.Caller;
import io.cleave.kernel.ForbiddenException;
import io.cleave.kernel.Money;
import io.cleave.kernel.Quantity;
import io.cleave.ordering.application.port.in.CancelOrder;
import io.cleave.ordering.application.port.in.FindOrders;
import io.cleave.ordering.application.port.in.PlaceOrder;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderAlreadyConfirmedException;
import io.cleave.ordering.domain.OrderId;
import io.cleave.ordering.domain.OrderLine;
import io.cleave.ordering.domain.OrderNotFoundException;
import io.cleave.platform.WebProblemsAutoConfiguration;
import io.cleave.testsupport.TestCallers;

/**
 * The order controller's mapping on its own, with the use cases stubbed: a new placement is 201 and
 * a repeated one 200, both with the order's location; bad bodies, headers and paging parameters are
 * 400 naming the field and reach no use case; the kernel's failure kinds are 403, 404 and 422; the
 * caller reaches the use case as the edge hands it over.
 */
@WebMvcTest
@Import({ OrderController.class, TestCallers.class })
@ImportAutoConfiguration(WebProblemsAutoConfiguration.class)
class OrderControllerTest {

    static final String ORDERS = "/api/orders";
    static final Caller ALICE = Caller.customer("alice");

    @Autowired MockMvc http;
    @MockitoBean PlaceOrder placeOrder;
    @MockitoBean CancelOrder cancelOrder;
    @MockitoBean FindOrders findOrders;

    @Test
    void aNewPlacementIs201AndARepeatedOne200WithTheOrdersLocation() throws Exception {
        Order order = Order.place(OrderId.random(), new CustomerRef(UUID.randomUUID()), "alice",
                List.of(new OrderLine("MUG", Quantity.of(2), Money.of("9.80", "EUR"))),
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:05:00Z"));
        when(placeOrder.place(any())).thenReturn(new PlaceOrder.Placement(order, true),
                new PlaceOrder.Placement(order, false));
        String body = "{\"lines\":[{\"sku\":\"MUG\",\"quantity\":2}]}";

        http.perform(post(ORDERS).header(TestCallers.HEADER, TestCallers.header(ALICE))
                        .header("Idempotency-Key", "k-1").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", ORDERS + "/" + order.id()))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.lines[0].quantity").value(2));
        http.perform(post(ORDERS).header(TestCallers.HEADER, TestCallers.header(ALICE))
                        .header("Idempotency-Key", "k-1").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", ORDERS + "/" + order.id()));
        verify(placeOrder, times(2)).place(new PlaceOrder.Command(ALICE, null,
                List.of(new PlaceOrder.Command.Line("MUG", Quantity.of(2))), "k-1"));
    }

    @Test
    void invalidBodiesHeadersAndPagesAre400NamingTheFieldAndReachNoUseCase() throws Exception {
        http.perform(post(ORDERS).header(TestCallers.HEADER, TestCallers.header(ALICE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lines\":[{\"sku\":\" \",\"quantity\":0}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field",
                        Matchers.containsInAnyOrder("lines[0].sku", "lines[0].quantity")));
        http.perform(post(ORDERS).header(TestCallers.HEADER, TestCallers.header(ALICE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lines\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines"));
        http.perform(post(ORDERS).header(TestCallers.HEADER, TestCallers.header(ALICE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lines\":[{\"sku\":\"MUG\",\"quantity\":\"two\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
        http.perform(post(ORDERS).header(TestCallers.HEADER, TestCallers.header(ALICE))
                        .header("Idempotency-Key", "k".repeat(201))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lines\":[{\"sku\":\"MUG\",\"quantity\":1}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        http.perform(get(ORDERS).param("size", "0").header(TestCallers.HEADER, TestCallers.header(ALICE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        http.perform(get(ORDERS + "/not-a-uuid").header(TestCallers.HEADER, TestCallers.header(ALICE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("java."))));
        verifyNoInteractions(placeOrder, findOrders);
    }

    @Test
    void theKernelsFailureKindsAre403404And422() throws Exception {
        UUID id = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        when(findOrders.byId(new OrderId(id), ALICE)).thenThrow(new OrderNotFoundException(new OrderId(id)));
        when(cancelOrder.cancel(new OrderId(id), ALICE)).thenThrow(new OrderAlreadyConfirmedException(new OrderId(id)));
        when(placeOrder.place(any())).thenThrow(new ForbiddenException("A customer orders only for themselves"));

        http.perform(get(ORDERS + "/" + id).header(TestCallers.HEADER, TestCallers.header(ALICE)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        http.perform(post(ORDERS + "/" + id + "/cancel").header(TestCallers.HEADER, TestCallers.header(ALICE)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post(ORDERS).header(TestCallers.HEADER, TestCallers.header(ALICE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":\"" + other + "\",\"lines\":[{\"sku\":\"MUG\",\"quantity\":1}]}"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.not(Matchers.containsString("io.cleave"))));
    }
}

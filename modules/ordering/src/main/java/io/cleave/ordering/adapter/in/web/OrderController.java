package io.cleave.ordering.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;
import io.cleave.kernel.Quantity;
import io.cleave.ordering.application.FindOrders;
import io.cleave.ordering.application.PlaceOrder;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;

@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final PlaceOrder placeOrder;
    private final FindOrders findOrders;

    OrderController(PlaceOrder placeOrder, FindOrders findOrders) {
        this.placeOrder = placeOrder;
        this.findOrders = findOrders;
    }

    @PostMapping
    ResponseEntity<OrderResponse> place(@Valid @RequestBody PlaceOrderRequest request) {
        var lines = request.lines().stream()
                .map(line -> new PlaceOrder.Command.Line(line.sku(), Quantity.of(line.quantity())))
                .toList();
        Order order = placeOrder.place(new PlaceOrder.Command(new CustomerRef(request.customerId()), lines));
        return ResponseEntity.created(URI.create("/api/orders/" + order.id())).body(OrderResponse.of(order));
    }

    @GetMapping("/{id}")
    OrderResponse byId(@PathVariable UUID id) {
        return OrderResponse.of(findOrders.byId(new OrderId(id)));
    }

    /** A customer's orders, newest first, a page at a time. */
    @GetMapping
    Page<OrderResponse> ofCustomer(@RequestParam UUID customerId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return findOrders.ofCustomer(new CustomerRef(customerId), new PageRequest(page, size)).map(OrderResponse::of);
    }
}

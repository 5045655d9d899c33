package io.cleave.ordering.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.cleave.kernel.Caller;
import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;
import io.cleave.kernel.Quantity;
import io.cleave.ordering.application.port.in.CancelOrder;
import io.cleave.ordering.application.port.in.FindOrders;
import io.cleave.ordering.application.port.in.PlaceOrder;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;

@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final PlaceOrder placeOrder;
    private final CancelOrder cancelOrder;
    private final FindOrders findOrders;

    OrderController(PlaceOrder placeOrder, CancelOrder cancelOrder, FindOrders findOrders) {
        this.placeOrder = placeOrder;
        this.cancelOrder = cancelOrder;
        this.findOrders = findOrders;
    }

    /**
     * Places an order: 201 and the order. With an {@code Idempotency-Key} already used, 200 and the
     * order placed under it then; nothing new is placed.
     */
    @PostMapping
    ResponseEntity<OrderResponse> place(Caller caller, @Valid @RequestBody PlaceOrderRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 200) String idempotencyKey) {
        var lines = request.lines().stream()
                .map(line -> new PlaceOrder.Command.Line(line.sku(), Quantity.of(line.quantity())))
                .toList();
        CustomerRef customer = request.customerId() == null ? null : new CustomerRef(request.customerId());
        PlaceOrder.Placement placement = placeOrder.place(new PlaceOrder.Command(caller, customer, lines, idempotencyKey));
        Order order = placement.order();
        URI location = URI.create("/api/orders/" + order.id());
        return placement.placedNow()
                ? ResponseEntity.created(location).body(OrderResponse.of(order))
                : ResponseEntity.ok().location(location).body(OrderResponse.of(order));
    }

    /** Cancels an open order and compensates; 422 if it is confirmed. */
    @PostMapping("/{id}/cancel")
    OrderResponse cancel(Caller caller, @PathVariable UUID id) {
        return OrderResponse.of(cancelOrder.cancel(new OrderId(id), caller));
    }

    @GetMapping("/{id}")
    OrderResponse byId(Caller caller, @PathVariable UUID id) {
        return OrderResponse.of(findOrders.byId(new OrderId(id), caller));
    }

    /** The payment made for the order; 404 while none is made. */
    @GetMapping("/{id}/payment")
    OrderPaymentResponse payment(Caller caller, @PathVariable UUID id) {
        return OrderPaymentResponse.of(findOrders.paymentOf(new OrderId(id), caller));
    }

    /**
     * Orders newest first, a page at a time: a customer's own (optionally of {@code customerId});
     * staff name the customer.
     */
    @GetMapping
    Page<OrderResponse> list(Caller caller, @RequestParam(required = false) UUID customerId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        CustomerRef customer = customerId == null ? null : new CustomerRef(customerId);
        return findOrders.list(customer, caller, new PageRequest(page, size)).map(OrderResponse::of);
    }
}

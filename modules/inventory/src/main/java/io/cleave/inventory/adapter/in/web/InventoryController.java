package io.cleave.inventory.adapter.in.web;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cleave.inventory.application.port.in.FindStock;
import io.cleave.inventory.application.port.in.ReceiveStock;
import io.cleave.kernel.Quantity;

@RestController
@RequestMapping("/api/inventory")
class InventoryController {

    private final ReceiveStock receiveStock;
    private final FindStock findStock;

    InventoryController(ReceiveStock receiveStock, FindStock findStock) {
        this.receiveStock = receiveStock;
        this.findStock = findStock;
    }

    @PostMapping("/{sku}/receipts")
    StockResponse receive(@PathVariable String sku, @Valid @RequestBody ReceiptRequest request) {
        return StockResponse.of(receiveStock.receive(sku, Quantity.of(request.quantity())));
    }

    @GetMapping("/{sku}")
    StockResponse bySku(@PathVariable String sku) {
        return StockResponse.of(findStock.bySku(sku));
    }
}

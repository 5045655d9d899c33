package io.cleave.catalog.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.cleave.catalog.application.port.in.ChangeProductPrice;
import io.cleave.catalog.application.port.in.FindProducts;
import io.cleave.catalog.application.port.in.RegisterProduct;
import io.cleave.catalog.application.port.in.RetireProduct;
import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductId;
import io.cleave.catalog.domain.Sku;
import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;

@RestController
@RequestMapping("/api/catalog/products")
class ProductController {

    private final RegisterProduct registerProduct;
    private final ChangeProductPrice changeProductPrice;
    private final RetireProduct retireProduct;
    private final FindProducts findProducts;

    ProductController(RegisterProduct registerProduct, ChangeProductPrice changeProductPrice,
            RetireProduct retireProduct, FindProducts findProducts) {
        this.registerProduct = registerProduct;
        this.changeProductPrice = changeProductPrice;
        this.retireProduct = retireProduct;
        this.findProducts = findProducts;
    }

    @PostMapping
    ResponseEntity<ProductResponse> register(@Valid @RequestBody RegisterProductRequest request) {
        Product product = registerProduct.register(
                new RegisterProduct.Command(new Sku(request.sku()), request.name(), request.price()));
        return ResponseEntity.created(URI.create("/api/catalog/products/" + product.id()))
                .body(ProductResponse.of(product));
    }

    @GetMapping("/{id}")
    ProductResponse byId(@PathVariable UUID id) {
        return ProductResponse.of(findProducts.byId(new ProductId(id)));
    }

    /** All products by SKU, a page at a time; with {@code sku}, the page holds that product or nothing. */
    @GetMapping
    Page<ProductResponse> list(@RequestParam(required = false) String sku,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        PageRequest request = new PageRequest(page, size);
        if (sku != null) {
            List<ProductResponse> found = findProducts.bySku(new Sku(sku)).map(ProductResponse::of).stream().toList();
            return Page.of(page == 0 ? found : List.of(), request, found.size());
        }
        return findProducts.all(request).map(ProductResponse::of);
    }

    @PutMapping("/{id}/price")
    ProductResponse changePrice(@PathVariable UUID id, @Valid @RequestBody ChangePriceRequest request) {
        return ProductResponse.of(
                changeProductPrice.changePrice(new ChangeProductPrice.Command(new ProductId(id), request.price())));
    }

    @PostMapping("/{id}/retire")
    ProductResponse retire(@PathVariable UUID id) {
        return ProductResponse.of(retireProduct.retire(new ProductId(id)));
    }
}

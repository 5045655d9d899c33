package io.cleave.catalog.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductId;
import io.cleave.kernel.Money;

/** Re-prices an active product and announces it with {@code ProductPriceChanged}. */
@PrimaryPort
public interface ChangeProductPrice {

    Product changePrice(Command command);

    record Command(ProductId productId, Money price) {
    }
}

package io.cleave.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.cleave.kernel.InvalidValueException;
import io.cleave.kernel.Money;

class ProductTest {

    private final Product product = Product.register(ProductId.random(), new Sku("MUG-01"), " Mug ", Money.of("9.90", "EUR"));

    @Test
    void aRegisteredProductIsOnSaleWithATrimmedName() {
        assertThat(product.isAvailable()).isTrue();
        assertThat(product.status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(product.name()).isEqualTo("Mug");
        assertThat(product.version()).isZero();
    }

    @Test
    void changingThePriceReportsWhetherItChanged() {
        assertThat(product.changePrice(Money.of("12.00", "EUR"))).isTrue();
        assertThat(product.price()).isEqualTo(Money.of("12", "EUR"));
        assertThat(product.changePrice(Money.of("12.00", "EUR"))).isFalse();
    }

    @Test
    void aRetiredProductCannotBeRepriced() {
        assertThat(product.retire()).isTrue();
        assertThatThrownBy(() -> product.changePrice(Money.of("1.00", "EUR")))
                .isInstanceOf(ProductRetiredException.class)
                .hasMessageContaining(product.id().toString());
        assertThat(product.price()).isEqualTo(Money.of("9.90", "EUR"));
    }

    @Test
    void retiringTwiceChangesNothingTheSecondTime() {
        assertThat(product.retire()).isTrue();
        assertThat(product.retire()).isFalse();
        assertThat(product.isAvailable()).isFalse();
    }

    @Test
    void rejectsANegativePriceNamingTheField() {
        assertThatThrownBy(() -> Product.register(ProductId.random(), new Sku("X"), "X", Money.of("-1", "EUR")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).contains("price"));
        assertThatThrownBy(() -> product.changePrice(Money.of("-0.01", "EUR"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsBlankOrOverlongNames() {
        assertThatThrownBy(() -> Product.register(ProductId.random(), new Sku("X"), "  ", Money.of("1", "EUR")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Product.register(ProductId.random(), new Sku("X"), "n".repeat(201), Money.of("1", "EUR")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aProductRecordsWhatHappenedToItOnce() {
        assertThat(product.domainEvents()).containsExactly(new ProductEvent.Registered(product.id()));
        product.clearDomainEvents();

        product.changePrice(Money.of("12.00", "EUR"));
        product.changePrice(Money.of("12.00", "EUR"));
        product.retire();
        product.retire();

        assertThat(product.domainEvents()).containsExactly(
                new ProductEvent.PriceChanged(product.id(), Money.of("9.90", "EUR")), new ProductEvent.Retired(product.id()));
    }
}

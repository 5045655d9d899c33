package io.cleave.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.cleave.kernel.Quantity;

class StockItemTest {

    private final StockItem item = StockItem.empty("MUG");

    @Test
    void availableIsOnHandLessReserved() {
        item.receive(Quantity.of(10));
        item.reserve(Quantity.of(4));

        assertThat(item.onHand()).isEqualTo(Quantity.of(10));
        assertThat(item.reserved()).isEqualTo(Quantity.of(4));
        assertThat(item.available()).isEqualTo(Quantity.of(6));
    }

    @Test
    void neverHoldsMoreThanIsAvailable() {
        item.receive(Quantity.of(3));

        assertThat(item.canReserve(Quantity.of(4))).isFalse();
        assertThatThrownBy(() -> item.reserve(Quantity.of(4))).isInstanceOf(IllegalStateException.class);
        assertThat(item.reserved()).isEqualTo(Quantity.ZERO);
    }

    @Test
    void releasingAndCommittingGiveBackOrShipWhatWasHeld() {
        item.receive(Quantity.of(10));
        item.reserve(Quantity.of(4));
        item.release(Quantity.of(1));
        item.commit(Quantity.of(3));

        assertThat(item.onHand()).isEqualTo(Quantity.of(7));
        assertThat(item.reserved()).isEqualTo(Quantity.ZERO);
        assertThat(item.available()).isEqualTo(Quantity.of(7));
    }
}

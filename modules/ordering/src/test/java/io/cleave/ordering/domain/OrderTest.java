package io.cleave.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cleave.kernel.InvalidValueException;
import io.cleave.kernel.Money;
import io.cleave.kernel.Quantity;

class OrderTest {

    private final CustomerRef customer = new CustomerRef(UUID.randomUUID());
    private final Instant now = Instant.parse("2026-11-29T10:15:30Z");

    @Test
    void aPlacedOrderIsPendingWithItsTotal() {
        Order order = place(line("MUG", 2, "9.90"), line("TEE", 1, "15.00"));

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.isOpen()).isTrue();
        assertThat(order.total()).isEqualTo(Money.of("34.80", "EUR"));
        assertThat(order.lines().get(0).lineTotal()).isEqualTo(Money.of("19.80", "EUR"));
        assertThat(order.cancellationReason()).isEmpty();
    }

    @Test
    void linesInDifferentCurrenciesAreRejected() {
        assertThatThrownBy(() -> place(line("MUG", 1, "9.90"), new OrderLine("USD-1", Quantity.of(1), Money.of("1", "USD"))))
                .isInstanceOf(MixedCurrenciesException.class)
                .hasMessageContaining("EUR").hasMessageContaining("USD");
    }

    @Test
    void anOrderNeedsLinesAndEachSkuOnce() {
        assertThatThrownBy(this::place).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> place(line("MUG", 1, "1.00"), line("MUG", 2, "1.00")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("MUG");
    }

    @Test
    void aLineNeedsAtLeastOneUnit() {
        assertThatThrownBy(() -> line("MUG", 0, "1.00")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void cancellingRecordsTheReasonOnce() {
        Order order = place(line("MUG", 1, "9.90"));

        assertThat(order.cancel(CancellationReason.CUSTOMER_DEACTIVATED)).isTrue();
        assertThat(order.cancel(CancellationReason.CUSTOMER_CANCELLED)).isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.cancellationReason()).contains(CancellationReason.CUSTOMER_DEACTIVATED);
        assertThat(order.isOpen()).isFalse();
    }

    @Test
    void aConfirmedOrderCannotBeCancelled() {
        Order confirmed = Order.restore(OrderId.random(), customer, "ada", List.of(line("MUG", 1, "9.90")), now,
                OrderStatus.CONFIRMED, null, null, 3);

        assertThatThrownBy(() -> confirmed.cancel(CancellationReason.CUSTOMER_CANCELLED))
                .isInstanceOf(OrderAlreadyConfirmedException.class);
        assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void theSagaMovesAnOrderFromPendingThroughStockReservedToConfirmed() {
        Order order = place(line("MUG", 1, "9.90"));
        assertThat(order.deadline()).contains(now.plusSeconds(30));

        assertThat(order.confirm()).as("no payment before stock").isFalse();
        assertThat(order.stockReserved(now.plusSeconds(60))).isTrue();
        assertThat(order.stockReserved(now.plusSeconds(90))).as("a repeated reply").isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.STOCK_RESERVED);
        assertThat(order.deadline()).contains(now.plusSeconds(60));

        assertThat(order.confirm()).isTrue();
        assertThat(order.confirm()).isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.deadline()).isEmpty();
    }

    @Test
    void anOpenOrderIsOverdueOnceItsDeadlinePasses() {
        Order order = place(line("MUG", 1, "9.90"));

        assertThat(order.isOverdue(now.plusSeconds(29))).isFalse();
        assertThat(order.isOverdue(now.plusSeconds(31))).isTrue();
        order.cancel(CancellationReason.TIMED_OUT);
        assertThat(order.isOverdue(now.plusSeconds(31))).isFalse();
        assertThat(order.deadline()).isEmpty();
    }

    @Test
    void aCancelledOrderIgnoresLateReplies() {
        Order order = place(line("MUG", 1, "9.90"));
        order.cancel(CancellationReason.TIMED_OUT);

        assertThat(order.stockReserved(now.plusSeconds(60))).isFalse();
        assertThat(order.confirm()).isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void anOrderRecordsWhatHappenedToItOnceUntilItIsPublished() {
        Order order = place(line("MUG", 1, "9.90"));
        assertThat(order.domainEvents()).containsExactly(new OrderEvent.Placed(order.id()));
        order.clearDomainEvents();

        order.stockReserved(now.plusSeconds(60));
        order.stockReserved(now.plusSeconds(60));
        assertThat(order.domainEvents()).as("a step is no event of the contract").isEmpty();
        assertThat(order.confirm()).isTrue();
        assertThat(order.confirm()).isFalse();
        assertThat(order.domainEvents()).containsExactly(new OrderEvent.Confirmed(order.id()));

        Order other = place(line("TEE", 1, "15.00"));
        other.clearDomainEvents();
        other.cancel(CancellationReason.TIMED_OUT);
        other.cancel(CancellationReason.CUSTOMER_CANCELLED);
        assertThat(other.domainEvents()).containsExactly(new OrderEvent.Cancelled(other.id(), CancellationReason.TIMED_OUT));
        assertThat(Order.restore(other.id(), customer, "ada", other.lines(), now, OrderStatus.CANCELLED,
                CancellationReason.TIMED_OUT, null, 1).domainEvents()).as("read back, nothing happened").isEmpty();
    }

    private Order place(OrderLine... lines) {
        return Order.place(OrderId.random(), customer, "ada", List.of(lines), now, now.plusSeconds(30));
    }

    private static OrderLine line(String sku, int quantity, String price) {
        return new OrderLine(sku, Quantity.of(quantity), Money.of(price, "EUR"));
    }
}

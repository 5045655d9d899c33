package io.cleave.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import io.cleave.catalog.api.ProductRegistered;
import io.cleave.inventory.api.CommitStock;
import io.cleave.inventory.api.ReleaseStock;
import io.cleave.inventory.api.ReserveStock;
import io.cleave.inventory.api.StockReleased;
import io.cleave.inventory.api.StockReservationRejected;
import io.cleave.inventory.api.StockReserved;
import io.cleave.inventory.application.port.in.FindStock;
import io.cleave.inventory.application.port.in.HandleStockCommands;
import io.cleave.inventory.application.port.in.ReceiveStock;
import io.cleave.inventory.application.port.in.TrackNewProducts;
import io.cleave.inventory.domain.StockItem;
import io.cleave.kernel.Money;
import io.cleave.kernel.Quantity;

/** Inventory on its own, on a real PostgreSQL: its commands, its replies, and real concurrency. */
@ApplicationModuleTest
@Import(InventoryModuleTests.Recorded.class)
class InventoryModuleTests {

    @Autowired HandleStockCommands handle;
    @Autowired TrackNewProducts trackNewProducts;
    @Autowired ReceiveStock receiveStock;
    @Autowired FindStock findStock;
    @Autowired Recorded recorded;

    @Test
    void aProductRegisteredInTheCatalogGetsAStockItemAtZeroOnceEvenIfTheEventComesTwice(Scenario scenario) {
        String sku = uniqueSku();
        var registered = new ProductRegistered(UUID.randomUUID(), UUID.randomUUID(), sku, "Mug", Money.of("9.90", "EUR"),
                Instant.now());

        scenario.publish(() -> registered)
                .andWaitForStateChange(() -> findStockOrNull(sku))
                .andVerify(item -> assertThat(item.onHand()).isEqualTo(Quantity.ZERO));
        receiveStock.receive(sku, Quantity.of(5));
        scenario.publish(() -> registered)
                .andWaitForStateChange(() -> recorded.registrationsOf(sku), count -> count == 2)
                .andVerify(count -> assertThat(findStock.bySku(sku).onHand()).isEqualTo(Quantity.of(5)));
    }

    @Test
    void aReservationHoldsEverythingOrNothingAndNamesTheShortSkus(Scenario scenario) {
        String plenty = stocked(5);
        String scarce = stocked(1);
        String reference = UUID.randomUUID().toString();

        scenario.stimulate(() -> handle.reserve(reserve(reference, plenty, 2, scarce, 2)))
                .andWaitForEventOfType(StockReservationRejected.class)
                .matching(event -> event.reference().equals(reference))
                .toArriveAndVerify(event -> assertThat(event.shortSkus()).containsExactly(scarce));

        assertThat(findStock.bySku(plenty).reserved()).isEqualTo(Quantity.ZERO);
        assertThat(findStock.bySku(scarce).reserved()).isEqualTo(Quantity.ZERO);
    }

    @Test
    void reservingTwiceForOneReferenceHoldsOnceAndRepliesOnce(Scenario scenario) {
        String sku = stocked(10);
        String reference = UUID.randomUUID().toString();
        ReserveStock command = reserve(reference, sku, 3);

        scenario.stimulate(() -> handle.reserve(command))
                .andWaitForEventOfType(StockReserved.class)
                .matching(event -> event.reference().equals(reference))
                .toArrive();
        handle.reserve(command);

        assertThat(findStock.bySku(sku).reserved()).isEqualTo(Quantity.of(3));
        assertThat(recorded.reservedFor(reference)).isEqualTo(1);
    }

    @Test
    void releasingGivesTheStockBackAndCommittingShipsIt(Scenario scenario) {
        String sku = stocked(10);
        String released = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();
        handle.reserve(reserve(released, sku, 4));
        handle.reserve(reserve(committed, sku, 3));

        scenario.stimulate(() -> handle.release(new ReleaseStock(UUID.randomUUID(), released)))
                .andWaitForEventOfType(StockReleased.class)
                .matching(event -> event.reference().equals(released))
                .toArrive();
        handle.commit(new CommitStock(UUID.randomUUID(), committed));
        handle.commit(new CommitStock(UUID.randomUUID(), committed));

        StockItem item = findStock.bySku(sku);
        assertThat(item.onHand()).isEqualTo(Quantity.of(7));
        assertThat(item.reserved()).isEqualTo(Quantity.ZERO);
    }

    @Test
    void aReleaseThatOvertakesItsReservationMakesTheReservationFail(Scenario scenario) {
        String sku = stocked(10);
        String reference = UUID.randomUUID().toString();
        handle.release(new ReleaseStock(UUID.randomUUID(), reference));

        scenario.stimulate(() -> handle.reserve(reserve(reference, sku, 1)))
                .andWaitForEventOfType(StockReservationRejected.class)
                .matching(event -> event.reference().equals(reference))
                .toArrive();

        assertThat(findStock.bySku(sku).reserved()).isEqualTo(Quantity.ZERO);
    }

    @Test
    void fiftyConcurrentReservationsForTenUnitsHoldExactlyTen() throws Exception {
        String sku = stocked(10);
        List<String> references = IntStream.range(0, 50).mapToObj(i -> UUID.randomUUID().toString()).toList();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> calls = references.stream()
                    .<Future<?>>map(reference -> pool.submit(() -> handle.reserve(reserve(reference, sku, 1))))
                    .toList();
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }

        StockItem item = findStock.bySku(sku);
        assertThat(item.reserved()).isEqualTo(Quantity.of(10));
        assertThat(item.available()).isEqualTo(Quantity.ZERO);
        assertThat(references.stream().mapToLong(recorded::reservedFor).sum()).isEqualTo(10);
        assertThat(references.stream().mapToLong(recorded::rejectedFor).sum()).isEqualTo(40);
    }

    private String stocked(int quantity) {
        String sku = uniqueSku();
        trackNewProducts.track(sku);
        receiveStock.receive(sku, Quantity.of(quantity));
        return sku;
    }

    private StockItem findStockOrNull(String sku) {
        try {
            return findStock.bySku(sku);
        } catch (RuntimeException notYet) {
            return null;
        }
    }

    private static ReserveStock reserve(String reference, String sku, int quantity) {
        return new ReserveStock(UUID.randomUUID(), reference, List.of(new ReserveStock.Line(sku, quantity)));
    }

    private static ReserveStock reserve(String reference, String sku, int quantity, String otherSku, int otherQuantity) {
        return new ReserveStock(UUID.randomUUID(), reference,
                List.of(new ReserveStock.Line(sku, quantity), new ReserveStock.Line(otherSku, otherQuantity)));
    }

    private static String uniqueSku() {
        return "INV-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Every reply inventory publishes, and every registration it handles, as they happen. */
    static class Recorded {

        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(StockReserved event) {
            events.add(event);
        }

        @EventListener
        void on(StockReservationRejected event) {
            events.add(event);
        }

        @EventListener
        void on(ProductRegistered event) {
            events.add(event);
        }

        long reservedFor(String reference) {
            return events.stream().filter(e -> e instanceof StockReserved r && r.reference().equals(reference)).count();
        }

        long rejectedFor(String reference) {
            return events.stream().filter(e -> e instanceof StockReservationRejected r && r.reference().equals(reference))
                    .count();
        }

        long registrationsOf(String sku) {
            return events.stream().filter(e -> e instanceof ProductRegistered r && r.sku().equals(sku)).count();
        }
    }
}

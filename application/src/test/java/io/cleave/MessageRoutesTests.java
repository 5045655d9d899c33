package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cleave.catalog.api.ProductPriceChanged;
import io.cleave.customer.api.CustomerRegistered;
import io.cleave.inventory.api.ReserveStock;
import io.cleave.ordering.api.OrderCancelled;
import io.cleave.ordering.api.OrderConfirmed;
import io.cleave.ordering.api.OrderPlaced;
import io.cleave.payment.api.ChargePayment;
import io.cleave.payment.api.PaymentCaptured;
import io.cleave.payment.api.PaymentDeclined;
import io.cleave.payment.api.PaymentRefunded;
import io.cleave.payment.api.RefundPayment;
import io.cleave.platform.MessageRoutes.Kind;
import io.cleave.platform.MessageRoutes.Route;
import io.cleave.platform.ContextClasses;
import io.cleave.platform.MessageRoutes;
import io.cleave.platform.Topology;
import io.cleave.settlement.api.SettlementClosed;

/** The routing rule (docs/design.md, section 4) on the real contexts' listeners. */
class MessageRoutesTests {

    static MessageRoutes routes;

    @BeforeAll
    static void readTheListenersOfEveryContext() {
        var classes = ContextClasses.onTheClassPath();
        routes = MessageRoutes.of(classes.components(), classes.messages());
    }

    @Test
    void aCommandIsSentByTheContextsThatDependOnItsOwnerAndHandledByItsOwner() {
        Route charge = route(ChargePayment.class);
        assertThat(charge.kind()).isEqualTo(Kind.COMMAND);
        assertThat(charge.owner()).isEqualTo("payment");
        assertThat(charge.consumers()).containsExactly("payment");
        assertThat(charge.publishers()).containsExactlyInAnyOrder("ordering", "settlement");
        assertThat(charge.topic()).isEqualTo("cleave.payment.ChargePayment");
        assertThat(route(ReserveStock.class).publishers()).containsExactly("ordering");
    }

    @Test
    void anEventIsPublishedByItsOwnerAndConsumedByItsListeners() {
        Route captured = route(PaymentCaptured.class);
        assertThat(captured.kind()).isEqualTo(Kind.EVENT);
        assertThat(captured.publishers()).containsExactly("payment");
        assertThat(captured.consumers()).containsExactlyInAnyOrder("ordering", "settlement");
    }

    @Test
    void withPaymentExtractedTheCommandsGoToPaymentAndItsEventsComeBack() {
        Topology monolith = new Topology("catalog,customer,inventory,ordering,settlement");
        Topology service = new Topology("payment");

        assertThat(types(routes.outgoing(monolith))).containsExactlyInAnyOrder(ChargePayment.class, RefundPayment.class);
        assertThat(types(routes.incoming(monolith)))
                .containsExactlyInAnyOrder(PaymentCaptured.class, PaymentDeclined.class, PaymentRefunded.class);
        assertThat(types(routes.outgoing(service)))
                .containsExactlyInAnyOrder(PaymentCaptured.class, PaymentDeclined.class, PaymentRefunded.class);
        assertThat(types(routes.incoming(service))).containsExactlyInAnyOrder(ChargePayment.class, RefundPayment.class);
    }

    @Test
    void everyTypeDeclaresTheTopicAndKeyItAlwaysHad() {
        assertThat(routes.all()).isNotEmpty();
        for (Route route : routes.all()) {
            assertThat(route.topic()).isEqualTo("cleave." + route.typeName());
            // the rule the declarations replace: the reference, else the first component after messageId
            RecordComponent[] components = route.type().getRecordComponents();
            String key = Arrays.stream(components).map(RecordComponent::getName).filter("reference"::equals).findFirst()
                    .orElse(components[1].getName());
            assertThat(route.keyExpression()).as(route.typeName()).isEqualTo("#{" + key + "()}");
        }
        assertThat(route(ChargePayment.class).keyExpression()).isEqualTo("#{reference()}");
    }

    @Test
    void everyEventIsPublishedByTheProcessOfItsOwnerOnlyAndNeverTakenBackIn() {
        assertThat(types(routes.published(new Topology("all"), context -> true))).contains(OrderPlaced.class,
                OrderConfirmed.class, CustomerRegistered.class, ProductPriceChanged.class, SettlementClosed.class,
                PaymentCaptured.class).doesNotContain(ChargePayment.class, ReserveStock.class);
        assertThat(types(routes.published(new Topology("all"), "ordering"::equals)))
                .containsExactlyInAnyOrder(OrderPlaced.class, OrderConfirmed.class, OrderCancelled.class);
        assertThat(routes.leaving(new Topology("all"), context -> false)).as("a monolith publishing nothing").isEmpty();
        for (Topology[] split : twoProcessSplits()) {
            Topology one = split[0];
            Topology other = split[1];
            List<Route> published = routes.published(one, context -> true);
            assertThat(Collections.disjoint(published, routes.published(other, context -> true)))
                    .as("published by both " + one.local() + " and " + other.local()).isTrue();
            assertThat(Collections.disjoint(published, routes.incoming(one))).as("published and taken in by " + one.local())
                    .isTrue();
            assertThat(routes.leaving(one, context -> true)).as("leaving " + one.local())
                    .containsAll(routes.outgoing(one)).containsAll(published).doesNotHaveDuplicates();
        }
    }

    @Test
    void theMonolithSendsNothingOut() {
        assertThat(routes.outgoing(new Topology("all"))).isEmpty();
        assertThat(routes.incoming(new Topology("all"))).isEmpty();
    }

    @Test
    void inEveryTwoProcessSplitOneSideTakesInExactlyWhatTheOtherSendsOutAndNoSideBoth() {
        for (Topology[] split : twoProcessSplits()) {
            Topology one = split[0];
            Topology other = split[1];
            for (Route route : routes.all()) {
                String where = route.typeName() + " with " + one.local() + " | " + other.local();
                assertThat(route.isSentOutBy(one) && route.isTakenInBy(one)).as(where).isFalse();
                assertThat(route.isSentOutBy(one)).as(where).isEqualTo(route.isTakenInBy(other));
            }
        }
    }

    /** Every way to run the contexts in two processes: each pair of topologies, both ways round. */
    private static List<Topology[]> twoProcessSplits() {
        List<String> contexts = Topology.CONTEXTS;
        List<Topology[]> splits = new ArrayList<>();
        for (int subset = 1; subset < (1 << contexts.size()) - 1; subset++) {
            List<String> here = new ArrayList<>();
            List<String> there = new ArrayList<>();
            for (int i = 0; i < contexts.size(); i++) {
                ((subset & (1 << i)) != 0 ? here : there).add(contexts.get(i));
            }
            splits.add(new Topology[] { new Topology(String.join(",", here)), new Topology(String.join(",", there)) });
        }
        return splits;
    }

    private static Route route(Class<?> type) {
        return routes.all().stream().filter(route -> route.type() == type).findFirst().orElseThrow();
    }

    private static List<Class<?>> types(List<Route> routes) {
        return routes.stream().<Class<?>>map(Route::type).toList();
    }
}

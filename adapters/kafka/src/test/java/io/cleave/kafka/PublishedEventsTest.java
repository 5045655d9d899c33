package io.cleave.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Whose events leave for subscribers outside Cleave: every context's by default when a broker is
 * configured, none without one, or those of the contexts named. What that selects, and that each
 * event leaves once, {@code MessageRoutesTests} shows on the real contexts.
 */
class PublishedEventsTest {

    static MockEnvironment withBroker() {
        return new MockEnvironment().withProperty("spring.kafka.bootstrap-servers", "127.0.0.1:9092");
    }

    @Test
    void byDefaultEveryContextsWithABrokerAndNoneWithout() {
        PublishedEvents byDefault = PublishedEvents.of(withBroker());
        assertThat(byDefault.test("ordering")).isTrue();
        assertThat(byDefault.test("settlement")).isTrue();
        assertThat(PublishedEvents.of(new MockEnvironment()).any()).isFalse();
    }

    @Test
    void theContextsNamedOrNone() {
        PublishedEvents ordering = PublishedEvents.of(withBroker().withProperty(PublishedEvents.PROPERTY, " ordering, catalog"));
        assertThat(ordering.test("ordering")).isTrue();
        assertThat(ordering.test("catalog")).isTrue();
        assertThat(ordering.test("payment")).isFalse();
        assertThat(PublishedEvents.of(withBroker().withProperty(PublishedEvents.PROPERTY, "none")).any()).isFalse();
        assertThat(PublishedEvents.of(withBroker().withProperty(PublishedEvents.PROPERTY + "[0]", "payment")).contexts())
                .as("a YAML list").containsExactly("payment");
        assertThatThrownBy(() -> PublishedEvents.of(withBroker().withProperty(PublishedEvents.PROPERTY, "orders")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[orders]");
    }
}

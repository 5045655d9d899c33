package io.cleave.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void countsPagesRoundingUp() {
        assertThat(Page.of(List.of("a"), new PageRequest(0, 10), 21).totalPages()).isEqualTo(3);
        assertThat(Page.of(List.of(), new PageRequest(0, 10), 0).totalPages()).isZero();
    }

    @Test
    void mapsContentKeepingThePosition() {
        Page<Integer> lengths = Page.of(List.of("ab", "c"), new PageRequest(1, 2), 4).map(String::length);
        assertThat(lengths.content()).containsExactly(2, 1);
        assertThat(lengths.number()).isEqualTo(1);
        assertThat(lengths.totalElements()).isEqualTo(4);
    }

    @Test
    void rejectsInvalidRequests() {
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1)).isInstanceOf(InvalidValueException.class);
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
    }
}

package io.cleave.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void keepsTheValueWithoutSurroundingSpace() {
        assertThat(Text.required("name", "  Ada  ", 3)).isEqualTo("Ada");
    }

    @Test
    void rejectsMissingBlankAndOverlongValuesNamingTheField() {
        assertThatThrownBy(() -> Text.required("name", null, 3))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("name"));
        assertThatThrownBy(() -> Text.required("name", " \t", 3)).hasMessage("name must not be blank");
        assertThatThrownBy(() -> Text.required("city", "Berlin", 3)).hasMessage("city must be at most 3 characters");
    }
}

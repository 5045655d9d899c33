package io.cleave.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestInfrastructureTest {

    @Test
    void containersWhereADockerEngineAnswersEmbeddedOtherwise() {
        assertThat(TestInfrastructure.choose(true, null)).isEqualTo(TestInfrastructure.CONTAINERS);
        assertThat(TestInfrastructure.choose(false, null)).isEqualTo(TestInfrastructure.EMBEDDED);
        assertThat(TestInfrastructure.choose(false, " ")).isEqualTo(TestInfrastructure.EMBEDDED);
    }

    @Test
    void thePropertyOverridesTheChoice() {
        assertThat(TestInfrastructure.choose(true, "embedded")).isEqualTo(TestInfrastructure.EMBEDDED);
        assertThat(TestInfrastructure.choose(true, "containers")).isEqualTo(TestInfrastructure.CONTAINERS);
        assertThatThrownBy(() -> TestInfrastructure.choose(false, "containers"))
                .hasMessageContaining("no Docker engine answers");
    }
}

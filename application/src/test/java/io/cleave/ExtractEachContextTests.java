package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;

import io.cleave.testsupport.HttpTestClient;

/**
 * "Any context can be extracted", proven: each of the six contexts in turn runs as its own service
 * (the jar with only that context) beside the monolith (the jar with all the others), separate
 * databases, messages over Kafka, queries over HTTP; the saga's three branches end exactly as in
 * the monolith ({@link SagaBranches#EXPECTED}, which {@link OrderSagaApiTests} holds the monolith to).
 */
class ExtractEachContextTests {

    @ParameterizedTest(name = "{0} extracted")
    @ValueSource(strings = { "catalog", "customer", "inventory", "payment", "ordering", "settlement" })
    void theSagaEndsAsInTheMonolith(String context) {
        try (SplitDeployment split = SplitDeployment.start(context)) {
            HttpTestClient gateway = split.gateway();

            assertThat(new SagaBranches(gateway, gateway).run()).isEqualTo(SagaBranches.EXPECTED);

            String contextPackage = "io.cleave." + context + ".";
            assertThat(beanClasses(split.monolith())).noneMatch(name -> name.startsWith(contextPackage));
            assertThat(beanClasses(split.service())).anyMatch(name -> name.startsWith(contextPackage));
        }
    }

    static List<String> beanClasses(ConfigurableApplicationContext context) {
        var beans = context.getBeanFactory();
        return Arrays.stream(beans.getBeanDefinitionNames())
                .map(name -> beans.getType(name, false))
                .filter(type -> type != null)
                .map(Class::getName)
                .toList();
    }
}

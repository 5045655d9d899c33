package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.cleave.testsupport.HttpTestClient;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description covers every endpoint, with examples and problem details. */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocumentationTests {

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDescribed() {
        JsonNode paths = docs().at("/paths");
        Set<String> documented = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().properties()
                .forEach(method -> documented.add(method.getKey().toUpperCase() + " " + path.getKey())));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> served.add(method.name() + " " + pattern))));

        assertThat(served).hasSizeGreaterThanOrEqualTo(15);
        assertThat(documented).containsAll(served);
    }

    @Test
    void requestBodiesCarryExamplesAndMoneyIsADecimalString() {
        JsonNode schemas = docs().at("/components/schemas");

        JsonNode money = schemas.at("/RegisterProductRequest/properties/price/properties");
        assertThat(money.at("/amount/type").asString()).isEqualTo("string");
        assertThat(money.at("/amount/example").asString()).isEqualTo("12.50");
        List<String> withoutExamples = new ArrayList<>();
        schemas.properties().stream()
                .filter(schema -> schema.getKey().endsWith("Request"))
                .forEach(schema -> schema.getValue().at("/properties").properties().forEach(property -> {
                    JsonNode value = property.getValue();
                    boolean described = value.has("example") || value.has("$ref") || value.has("items") || value.has("properties");
                    if (!described) {
                        withoutExamples.add(schema.getKey() + "." + property.getKey());
                    }
                }));
        assertThat(withoutExamples).isEmpty();
    }

    @Test
    void errorsAreDescribedAsProblemDetails() {
        JsonNode placeOrder = docs().at("/paths/~1api~1orders/post/responses");

        for (String status : List.of("400", "409", "422")) {
            assertThat(placeOrder.at("/" + status + "/content/application~1problem+json/schema/$ref").asString())
                    .as("POST /api/orders answers %s", status).isEqualTo("#/components/schemas/Problem");
        }
        assertThat(docs().at("/components/schemas/Problem/properties/errors/items/properties/field/example").asString())
                .isNotBlank();
    }

    private JsonNode docs() {
        var response = HttpTestClient.onPort(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}

package io.cleave;

import static io.cleave.testsupport.ApiAssertions.assertProblem;
import static io.cleave.testsupport.ApiAssertions.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.cleave.testsupport.ApiAssertions;
import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;

/**
 * Catalog's REST API in the whole application, over real HTTP on a real PostgreSQL: the happy
 * paths, and every kind of bad input answering problem details while writing nothing.
 */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogApiTests {

    private static final String PRODUCTS = "/api/catalog/products";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    HttpTestClient http;

    @BeforeEach
    void client() {
        http = HttpTestClient.onPort(port).as("desk", "staff");
    }

    @Test
    void registersAProductAndReadsItBackByIdAndBySku() {
        String sku = uniqueSku();

        Response created = register(sku, "\"12.50\"");

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("/id");
        assertThat(created.location()).contains(PRODUCTS + "/" + id);
        assertThat(created.json().at("/price").toString()).isEqualTo("{\"amount\":\"12.50\",\"currency\":\"EUR\"}");

        Response byId = http.get(PRODUCTS + "/" + id);
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.text("/sku")).isEqualTo(sku);
        assertThat(byId.text("/status")).isEqualTo("ACTIVE");

        Response bySku = http.get(PRODUCTS + "?sku=" + sku);
        assertThat(bySku.status()).isEqualTo(200);
        assertThat(bySku.json().at("/content")).hasSize(1);
        assertThat(bySku.text("/content/0/id")).isEqualTo(id);
        assertThat(bySku.json().at("/page/totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void acceptsAJsonNumberAsAmountAndAnswersADecimalString() {
        Response created = register(uniqueSku(), "7.5");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("/price/amount")).isEqualTo("7.50");
    }

    @Test
    void pagesThroughProductsWithTotals() {
        register(uniqueSku(), "\"1.00\"");
        register(uniqueSku(), "\"2.00\"");
        long total = count("catalog.product");

        Response page = http.get(PRODUCTS + "?page=0&size=1");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().at("/content")).hasSize(1);
        assertThat(page.json().at("/page/number").asInt()).isZero();
        assertThat(page.json().at("/page/size").asInt()).isEqualTo(1);
        assertThat(page.json().at("/page/totalElements").asLong()).isEqualTo(total);
        assertThat(page.json().at("/page/totalPages").asLong()).isEqualTo(total);
    }

    @Test
    void changesThePriceAndRetiresAProduct() {
        String id = register(uniqueSku(), "\"5.00\"").text("/id");

        Response repriced = http.put(PRODUCTS + "/" + id + "/price", "{\"price\":{\"amount\":\"6.25\",\"currency\":\"EUR\"}}");
        assertThat(repriced.status()).isEqualTo(200);
        assertThat(repriced.text("/price/amount")).isEqualTo("6.25");

        Response retired = http.post(PRODUCTS + "/" + id + "/retire");
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.text("/status")).isEqualTo("RETIRED");
        assertThat(http.get(PRODUCTS + "/" + id).text("/status")).isEqualTo("RETIRED");
    }

    @Test
    void malformedJsonIs400AndWritesNothing() {
        assertNothingWritten(() -> {
            Response response = http.post(PRODUCTS, "{\"sku\": ");
            assertProblem(response, 400);
        });
    }

    @Test
    void missingFieldsAre400WithOneErrorPerField() {
        assertNothingWritten(() -> {
            Response response = http.post(PRODUCTS, "{\"sku\":\"\",\"name\":\" \"}");
            assertProblem(response, 400);
            assertThat(errorFields(response))
                    .containsExactlyInAnyOrder("sku", "name", "price");
        });
    }

    @Test
    void moreFractionDigitsThanTheCurrencyAllowsIs400OnThePriceField() {
        assertNothingWritten(() -> {
            Response response = register(uniqueSku(), "\"12.505\"");
            assertProblem(response, 400);
            assertThat(response.text("/errors/0/field")).isEqualTo("price");
            assertThat(response.text("/errors/0/message")).contains("at most 2 fraction digits");
        });
    }

    @Test
    void anUnknownCurrencyOrAMalformedSkuIs400() {
        assertNothingWritten(() -> {
            Response currency = http.post(PRODUCTS,
                    "{\"sku\":\"%s\",\"name\":\"X\",\"price\":{\"amount\":\"1\",\"currency\":\"XYZW\"}}".formatted(uniqueSku()));
            assertProblem(currency, 400);
            assertThat(currency.text("/errors/0/field")).isEqualTo("price");

            Response sku = http.post(PRODUCTS, "{\"sku\":\"no spaces\",\"name\":\"X\",\"price\":{\"amount\":\"1\",\"currency\":\"EUR\"}}");
            assertProblem(sku, 400);
            assertThat(sku.text("/errors/0/field")).isEqualTo("sku");
        });
    }

    @Test
    void aNegativePriceIs400() {
        assertNothingWritten(() -> {
            Response response = register(uniqueSku(), "\"-1.00\"");
            assertProblem(response, 400);
            assertThat(response.text("/errors/0/field")).isEqualTo("price");
        });
    }

    @Test
    void invalidPagingAndMalformedIdsAre400() {
        Response size = http.get(PRODUCTS + "?size=1000");
        assertProblem(size, 400);
        assertThat(size.text("/errors/0/field")).isEqualTo("size");

        Response id = http.get(PRODUCTS + "/not-a-uuid");
        assertProblem(id, 400);
        assertThat(id.text("/errors/0/field")).isEqualTo("id");
    }

    @Test
    void anUnknownIdIs404() {
        assertNothingWritten(() -> {
            assertProblem(http.get(PRODUCTS + "/" + UUID.randomUUID()), 404);
            assertProblem(http.put(PRODUCTS + "/" + UUID.randomUUID() + "/price",
                    "{\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}"), 404);
            assertProblem(http.post(PRODUCTS + "/" + UUID.randomUUID() + "/retire"), 404);
        });
    }

    @Test
    void aDuplicateSkuIs409() {
        String sku = uniqueSku();
        register(sku, "\"1.00\"");

        assertNothingWritten(() -> {
            Response response = register(sku, "\"2.00\"");
            assertProblem(response, 409);
            assertThat(response.text("/detail")).contains(sku);
        });
    }

    @Test
    void repricingARetiredProductIs422() {
        String id = register(uniqueSku(), "\"3.00\"").text("/id");
        http.post(PRODUCTS + "/" + id + "/retire");

        assertNothingWritten(() -> {
            Response response = http.put(PRODUCTS + "/" + id + "/price", "{\"price\":{\"amount\":\"4.00\",\"currency\":\"EUR\"}}");
            assertProblem(response, 422);
        });
        assertThat(http.get(PRODUCTS + "/" + id).text("/price/amount")).isEqualTo("3.00");
    }

    private Response register(String sku, String amountJson) {
        return http.post(PRODUCTS, "{\"sku\":\"%s\",\"name\":\"Product %s\",\"price\":{\"amount\":%s,\"currency\":\"EUR\"}}"
                .formatted(sku, sku, amountJson));
    }

    private void assertNothingWritten(Runnable rejectedRequest) {
        ApiAssertions.assertNothingWritten(jdbc, List.of("catalog.product"), rejectedRequest);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static String uniqueSku() {
        return "API-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

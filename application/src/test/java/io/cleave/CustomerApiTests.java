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

/** Customer's REST API in the whole application, over real HTTP on a real PostgreSQL. */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerApiTests {

    private static final String CUSTOMERS = "/api/customers";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    HttpTestClient http;

    @BeforeEach
    void client() {
        http = HttpTestClient.onPort(port).as("desk", "staff");
    }

    @Test
    void registersReadsAndDeactivatesACustomer() {
        String email = uniqueEmail();
        Response created = register(email.toUpperCase(), "de");

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("/id");
        assertThat(created.location()).contains(CUSTOMERS + "/" + id);
        assertThat(created.text("/email")).isEqualTo(email);
        assertThat(created.text("/shippingAddress/country")).isEqualTo("DE");
        assertThat(created.text("/status")).isEqualTo("ACTIVE");

        assertThat(http.get(CUSTOMERS + "/" + id).text("/name")).isEqualTo("Ada Lovelace");

        Response deactivated = http.post(CUSTOMERS + "/" + id + "/deactivate");
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.text("/status")).isEqualTo("DEACTIVATED");
        assertThat(http.post(CUSTOMERS + "/" + id + "/deactivate").status()).as("deactivating twice").isEqualTo(200);
    }

    @Test
    void aDuplicateEmailIs409WhateverItsCase() {
        String email = uniqueEmail();
        register(email, "DE");

        assertNothingWritten(() -> assertProblem(register(email.toUpperCase(), "DE"), 409));
    }

    @Test
    void invalidFieldsAre400NamingEachField() {
        assertNothingWritten(() -> {
            Response missing = http.post(CUSTOMERS, "{\"email\":\"\",\"shippingAddress\":{\"street\":\"\"}}");
            assertProblem(missing, 400);
            assertThat(errorFields(missing)).contains("email", "name", "shippingAddress.street",
                    "shippingAddress.city", "shippingAddress.postalCode", "shippingAddress.country");

            Response badEmail = register("not-an-address", "DE");
            assertProblem(badEmail, 400);
            assertThat(errorFields(badEmail)).containsExactly("email");

            Response badCountry = register(uniqueEmail(), "XX");
            assertProblem(badCountry, 400);
            assertThat(errorFields(badCountry)).containsExactly("shippingAddress.country");
        });
    }

    @Test
    void unknownCustomersAre404() {
        assertNothingWritten(() -> {
            assertProblem(http.get(CUSTOMERS + "/" + UUID.randomUUID()), 404);
            assertProblem(http.post(CUSTOMERS + "/" + UUID.randomUUID() + "/deactivate"), 404);
        });
    }

    private Response register(String email, String country) {
        return http.post(CUSTOMERS, """
                {"email":"%s","name":"Ada Lovelace",
                 "shippingAddress":{"street":"12 St James's Square","city":"London","postalCode":"SW1Y 4JH","country":"%s"}}"""
                .formatted(email, country));
    }

    private void assertNothingWritten(Runnable rejectedRequest) {
        ApiAssertions.assertNothingWritten(jdbc, List.of("customer.customer"), rejectedRequest);
    }

    private static String uniqueEmail() {
        return "ada+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}

package io.cleave;

import static io.cleave.testsupport.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;

/** {@code cleave.gateway.rate-limit.*}: so many API calls per caller and period, then 429 with Retry-After. */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "cleave.gateway.rate-limit.enabled=true", "cleave.gateway.rate-limit.calls-per-period=5",
                "cleave.gateway.rate-limit.period=10m" })
class RateLimitTests {

    @LocalServerPort int port;

    @Test
    void aCallerBeyondTheLimitGets429WithRetryAfterWhileOthersGoOn() {
        HttpTestClient flooder = HttpTestClient.onPort(port).as("flooder", "staff");
        for (int call = 1; call <= 5; call++) {
            assertThat(flooder.get("/api/catalog/products").status()).as("call %d", call).isEqualTo(200);
        }

        Response refused = flooder.get("/api/catalog/products");

        assertProblem(refused, 429);
        assertThat(refused.retryAfter()).contains("600");
        assertThat(HttpTestClient.onPort(port).as("someone-else", "staff").get("/api/catalog/products").status())
                .as("the limit is per subject").isEqualTo(200);
        assertThat(flooder.get("/actuator/health").status()).as("only the API is limited").isEqualTo(200);
    }
}

package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cleave.kernel.Money;
import io.cleave.platform.MessageRoutes.Kind;
import io.cleave.platform.MessageRoutes.Route;
import io.cleave.platform.ContextClasses;
import io.cleave.platform.MessageRoutes;

/**
 * Cleave's public event contract, {@code docs/asyncapi.yaml} (AsyncAPI 3.1): every event of every
 * context's {@code api}, its topic, record key, type header and JSON payload, as the code declares
 * them. The document is the code's: when a change to an event makes them differ, this fails and
 * writes the code's document to {@code application/target/asyncapi.yaml}, to be reviewed and
 * copied over.
 */
class EventContractTests {

    /** From the application module, where Maven runs its tests, or from the repository's root. */
    static final Path DOCUMENT = Files.isDirectory(Path.of("..", "docs")) ? Path.of("..", "docs", "asyncapi.yaml")
            : Path.of("docs", "asyncapi.yaml");

    @Test
    void theDocumentedContractIsTheOneTheCodeDeclares() throws IOException {
        String declared = asyncApi(events());
        String documented = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT) : "";
        if (!declared.equals(documented)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "asyncapi.yaml"), declared);
        }
        assertThat(documented).as("docs/asyncapi.yaml differs from the events the code declares: "
                + "review application/target/asyncapi.yaml and copy it over").isEqualTo(declared);
    }

    @Test
    void everyEventOfEveryContextIsInTheContract() {
        assertThat(events()).extracting(Route::typeName).contains("ordering.OrderPlaced", "customer.CustomerRegistered",
                "catalog.ProductPriceChanged", "settlement.SettlementClosed", "payment.PaymentCaptured")
                .doesNotContain("payment.ChargePayment");
    }

    /** The routes of every event, consumed or not, in topic order. */
    static List<Route> events() {
        return MessageRoutes.of(List.of(), ContextClasses.onTheClassPath().messages()).all().stream()
                .filter(route -> route.kind() == Kind.EVENT)
                .sorted(Comparator.comparing(Route::topic))
                .toList();
    }

    static String asyncApi(List<Route> events) {
        var yaml = new StringBuilder("""
                # Cleave's public event contract: generated from the code and checked by EventContractTests.
                asyncapi: 3.1.0
                info:
                  title: Cleave events
                  version: '1'
                  description: >-
                    The events Cleave's contexts publish to Kafka for subscribers outside Cleave
                    (cleave.kafka.publish-events; every context's by default when a broker is configured).
                    Each event is published once, by the process where its context runs, through that
                    process's outbox: at least once, in order per record key. JSON, with the event's
                    wire name in the cleave-type header; messageId identifies a message across redeliveries.
                defaultContentType: application/json
                channels:
                """);
        for (Route event : events) {
            yaml.append("  ").append(event.typeName()).append(":\n")
                    .append("    address: ").append(event.topic()).append('\n')
                    .append("    messages:\n")
                    .append("      ").append(event.type().getSimpleName()).append(":\n")
                    .append("        $ref: '#/components/messages/").append(event.typeName()).append("'\n");
        }
        yaml.append("operations:\n");
        for (Route event : events) {
            yaml.append("  publish.").append(event.typeName()).append(":\n")
                    .append("    action: send\n")
                    .append("    channel:\n")
                    .append("      $ref: '#/channels/").append(event.typeName()).append("'\n");
        }
        yaml.append("components:\n  messages:\n");
        for (Route event : events) {
            String key = event.keyExpression().replaceAll("^#\\{(\\w+)\\(\\)}$", "$1");
            yaml.append("    ").append(event.typeName()).append(":\n")
                    .append("      name: ").append(event.typeName()).append('\n')
                    .append("      headers:\n")
                    .append("        type: object\n")
                    .append("        properties:\n")
                    .append("          cleave-type:\n")
                    .append("            type: string\n")
                    .append("            const: ").append(event.typeName()).append('\n')
                    .append("      bindings:\n")
                    .append("        kafka:\n")
                    .append("          key:\n")
                    .append("            type: string\n")
                    .append("            description: the event's ").append(key).append('\n')
                    .append("      payload:\n");
            schema(yaml, event.type(), "        ");
        }
        yaml.append("""
                  schemas:
                    Money:
                      type: object
                      properties:
                        amount:
                          type: string
                          description: a decimal, e.g. '12.50'
                        currency:
                          type: string
                          description: ISO 4217, e.g. EUR
                      required: [amount, currency]
                """);
        return yaml.toString();
    }

    private static void schema(StringBuilder yaml, Class<?> record, String indent) {
        yaml.append(indent).append("type: object\n").append(indent).append("properties:\n");
        List<String> names = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
            yaml.append(indent).append("  ").append(component.getName()).append(":\n");
            schema(yaml, component.getGenericType(), indent + "    ");
        }
        yaml.append(indent).append("required: [").append(String.join(", ", names)).append("]\n");
    }

    private static void schema(StringBuilder yaml, Type type, String indent) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            yaml.append(indent).append("type: array\n").append(indent).append("items:\n");
            schema(yaml, list.getActualTypeArguments()[0], indent + "  ");
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == Money.class) {
            yaml.append(indent).append("$ref: '#/components/schemas/Money'\n");
        } else if (raw == UUID.class) {
            yaml.append(indent).append("type: string\n").append(indent).append("format: uuid\n");
        } else if (raw == Instant.class) {
            yaml.append(indent).append("type: string\n").append(indent).append("format: date-time\n");
        } else if (raw == LocalDate.class) {
            yaml.append(indent).append("type: string\n").append(indent).append("format: date\n");
        } else if (raw == String.class) {
            yaml.append(indent).append("type: string\n");
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            yaml.append(indent).append("type: integer\n");
        } else if (raw == boolean.class || raw == Boolean.class) {
            yaml.append(indent).append("type: boolean\n");
        } else if (raw.isRecord()) {
            schema(yaml, raw, indent);
        } else {
            throw new IllegalStateException("No JSON schema for " + raw.getName() + ": say here how it travels");
        }
    }
}

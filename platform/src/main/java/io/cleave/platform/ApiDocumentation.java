package io.cleave.platform;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import io.cleave.kernel.Caller;
import io.cleave.kernel.Money;
import io.cleave.kernel.Page;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description ({@code /v3/api-docs}, UI at {@code /swagger-ui.html}) of whatever
 * contexts run in this process. Contexts carry no OpenAPI annotations: the shared kernel's values
 * are described here as they travel (see {@link KernelJacksonModule}), the properties the
 * contexts' requests share names with get examples here, and so do the problem details every
 * operation may answer (see {@link ProblemDetailsAdvice}).
 */
final class ApiDocumentation {

    /** Example values by property name, across every context's requests and responses. */
    private static final Map<String, Object> EXAMPLES = Map.ofEntries(
            Map.entry("sku", "MUG-01"),
            Map.entry("name", "Enamel mug"),
            Map.entry("quantity", 2),
            Map.entry("email", "ada@example.com"),
            Map.entry("street", "12 St James's Square"),
            Map.entry("city", "London"),
            Map.entry("postalCode", "SW1Y 4JH"),
            Map.entry("country", "GB"),
            Map.entry("customerId", "0b6f2f6e-5d0a-4c1e-9a7e-2f1d8d3c4b5a"),
            Map.entry("subject", "ada"));

    private static final String BEARER = "bearer";

    private ApiDocumentation() {
    }

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(Money.class, money())
                .replaceWithSchema(Page.class, page())
                // the authenticated caller is handed to controllers by the edge, never sent as a parameter
                .addRequestWrapperToIgnore(Caller.class);
    }

    static OpenAPI openApi() {
        return new OpenAPI().info(new Info()
                .title("Cleave")
                .version("v1")
                .description("A commerce system built as a hexagonal modular monolith with extractable services. "
                        + "Calls carry a bearer JWT (Authorization: Bearer <token>); reading the catalog needs none. "
                        + "Errors are RFC 9457 problem details (application/problem+json)."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("From the identity provider, or POST /dev/tokens of the development issuer")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Examples for the properties named in {@link #EXAMPLES}, and problem details on every operation. */
    static OpenApiCustomizer examplesAndProblems() {
        return openApi -> {
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().values().forEach(ApiDocumentation::addExamples);
                openApi.getComponents().addSchemas("Problem", problem());
            }
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> addProblems(path, method, operation)));
            }
        };
    }

    /**
     * The errors ProblemDetailsAdvice answers with: 400 for any request; 401 and 403 (the edge's
     * refusals) on the API; 404 where the path names a resource; 409 and 422 where a request
     * changes something. A customer asking for another customer's resource gets 404.
     */
    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.addApiResponse("400", problemResponse("Malformed or invalid input; \"errors\" names each field"));
        if (path.startsWith("/api/")) {
            responses.addApiResponse("401", problemResponse("No bearer token where one is needed, or an invalid one"));
            responses.addApiResponse("403", problemResponse("The token's roles do not allow this operation"));
        }
        if (path.contains("{")) {
            responses.addApiResponse("404", problemResponse("No such resource"));
        }
        if (method != PathItem.HttpMethod.GET) {
            responses.addApiResponse("409", problemResponse("Conflicts with existing state (a duplicate, a concurrent change)"));
            responses.addApiResponse("422", problemResponse("A business rule forbids it"));
        }
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid fields"))
                .addProperty("instance", new StringSchema().example("/api/orders"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema().example("lines[0].quantity"))
                        .addProperty("message", new StringSchema().example("must be greater than 0"))));
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void addExamples(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.forEach((name, property) -> {
            if (property.getExample() == null && EXAMPLES.containsKey(name)) {
                property.setExample(EXAMPLES.get(name));
            }
        });
    }

    private static Schema<?> money() {
        return new ObjectSchema()
                .description("An amount in one currency; the amount is a decimal string (a JSON number is accepted "
                        + "on input) with no more fraction digits than the currency has")
                .addProperty("amount", new StringSchema().pattern("^-?\\d+(\\.\\d+)?$").example("12.50"))
                .addProperty("currency", new StringSchema().description("ISO 4217 code").example("EUR"))
                .required(List.of("amount", "currency"));
    }

    private static Schema<?> page() {
        return new ObjectSchema()
                .description("One page of a listing")
                .addProperty("content", new ArraySchema().items(new ObjectSchema()))
                .addProperty("page", new ObjectSchema()
                        .addProperty("number", new IntegerSchema().example(0))
                        .addProperty("size", new IntegerSchema().example(20))
                        .addProperty("totalElements", new IntegerSchema().format("int64").example(42))
                        .addProperty("totalPages", new IntegerSchema().example(3)));
    }
}

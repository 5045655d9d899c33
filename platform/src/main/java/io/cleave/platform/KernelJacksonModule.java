package io.cleave.platform;

import java.math.BigDecimal;

import io.cleave.kernel.InvalidValueException;
import io.cleave.kernel.Money;
import io.cleave.kernel.Page;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON for the shared kernel's values. Money travels as {@code {"amount":"12.50","currency":"EUR"}}:
 * the amount is a decimal string so no client parses it into a binary float; a JSON number is
 * accepted on input too. A page travels as {@code {"content":[...],"page":{"number","size",
 * "totalElements","totalPages"}}}.
 */
class KernelJacksonModule extends SimpleModule {

    KernelJacksonModule() {
        super("cleave-kernel");
        addSerializer(Money.class, new MoneySerializer());
        addDeserializer(Money.class, new MoneyDeserializer());
        addSerializer(Page.class, new PageSerializer());
    }

    private static final class MoneySerializer extends ValueSerializer<Money> {
        @Override
        public void serialize(Money money, JsonGenerator json, SerializationContext context) {
            json.writeStartObject();
            json.writeStringProperty("amount", money.amount().toPlainString());
            json.writeStringProperty("currency", money.currency().getCurrencyCode());
            json.writeEndObject();
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class PageSerializer extends ValueSerializer<Page> {
        @Override
        public void serialize(Page page, JsonGenerator json, SerializationContext context) {
            json.writeStartObject();
            json.writeName("content");
            context.writeValue(json, page.content());
            json.writeObjectPropertyStart("page");
            json.writeNumberProperty("number", page.number());
            json.writeNumberProperty("size", page.size());
            json.writeNumberProperty("totalElements", page.totalElements());
            json.writeNumberProperty("totalPages", page.totalPages());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /**
     * Reads Money strictly: an object with a string or number {@code amount} (a number is read as
     * an exact decimal, never through a double) and a string {@code currency}.
     */
    private static final class MoneyDeserializer extends ValueDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser json, DeserializationContext context) {
            if (json.currentToken() != JsonToken.START_OBJECT) {
                throw new InvalidValueException("must be an object such as {\"amount\":\"12.50\",\"currency\":\"EUR\"}");
            }
            BigDecimal amount = null;
            String currency = null;
            for (String name = json.nextName(); name != null; name = json.nextName()) {
                JsonToken value = json.nextToken();
                switch (name) {
                    case "amount" -> amount = amount(json, value);
                    case "currency" -> currency = currency(json, value);
                    default -> json.skipChildren();
                }
            }
            if (amount == null) {
                throw new InvalidValueException("amount is required");
            }
            if (currency == null) {
                throw new InvalidValueException("currency is required");
            }
            return new Money(amount, Money.currencyOf(currency));
        }

        private static BigDecimal amount(JsonParser json, JsonToken token) {
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return json.getDecimalValue();
            }
            if (token == JsonToken.VALUE_STRING) {
                try {
                    return new BigDecimal(json.getString().strip());
                } catch (NumberFormatException e) {
                    throw new InvalidValueException("amount must be a decimal number such as \"12.50\"");
                }
            }
            throw new InvalidValueException("amount must be a decimal string or number");
        }

        private static String currency(JsonParser json, JsonToken token) {
            if (token != JsonToken.VALUE_STRING) {
                throw new InvalidValueException("currency must be an ISO 4217 code such as \"EUR\"");
            }
            return json.getString();
        }
    }
}

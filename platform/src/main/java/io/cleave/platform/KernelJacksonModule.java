package io.cleave.platform;

import java.math.BigDecimal;

import io.cleave.kernel.InvalidValueException;
import io.cleave.kernel.Money;
import io.cleave.kernel.Page;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
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

    /** The shape read from the wire before it becomes a {@link Money}. */
    private record MoneyJson(BigDecimal amount, String currency) {
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

    private static final class MoneyDeserializer extends ValueDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser json, DeserializationContext context) {
            MoneyJson raw = context.readValue(json, MoneyJson.class);
            if (raw.amount() == null) {
                throw new InvalidValueException("amount is required");
            }
            if (raw.currency() == null) {
                throw new InvalidValueException("currency is required");
            }
            return new Money(raw.amount(), Money.currencyOf(raw.currency()));
        }
    }
}

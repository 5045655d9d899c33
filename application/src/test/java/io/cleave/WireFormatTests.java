package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.cleave.kernel.Money;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every command and event of every context's {@code api} survives a trip through JSON with the
 * application's mapper: the form they take in the outbox today and on the wire once a context runs
 * elsewhere. A record added with a component JSON cannot carry fails here.
 */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WireFormatTests {

    @Autowired JsonMapper json;

    @Test
    void everyCommandAndEventRoundTripsThroughJson() throws Exception {
        List<Class<?>> messages = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.cleave").stream()
                .filter(type -> type.getPackageName().endsWith(".api") && type.isRecord() && type.isTopLevelClass())
                .filter(WireFormatTests::isMessage)
                .<Class<?>>map(JavaClass::reflect)
                .toList();
        assertThat(messages).as("commands and events found").hasSizeGreaterThanOrEqualTo(20);

        for (Class<?> type : messages) {
            Object message = sample(type);
            String wire = json.writeValueAsString(message);
            assertThat(json.readValue(wire, type)).as("%s through %s", type.getSimpleName(), wire).isEqualTo(message);
            assertThat(wire).as(type.getSimpleName()).startsWith("{\"messageId\":");
        }
    }

    private static boolean isMessage(JavaClass type) {
        return type.isAssignableTo("org.jmolecules.event.types.DomainEvent")
                || type.isAnnotatedWith("org.jmolecules.architecture.cqrs.annotation.Command");
    }

    /** An instance with a value in every component, nested records and lists included. */
    private static Object sample(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i].getType(), components[i].getGenericType(), i);
        }
        var constructor = record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                .toArray(Class<?>[]::new));
        return constructor.newInstance(values);
    }

    private static Object value(Class<?> type, Type generic, int position) throws Exception {
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == String.class) {
            return "text-" + position;
        }
        if (type == int.class || type == Integer.class) {
            return position + 1;
        }
        if (type == Money.class) {
            return Money.of("12.50", "EUR");
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("1.25");
        }
        if (type == Instant.class) {
            return Instant.parse("2026-11-29T10:15:30.123456Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 11, 29);
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            return List.of(value((Class<?>) element, element, position));
        }
        if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("No sample value for " + type + ": add one, or use a plain type");
    }
}

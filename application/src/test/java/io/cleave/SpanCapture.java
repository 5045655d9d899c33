package io.cleave;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * Every span a process ends, in memory: OpenTelemetry's in-memory exporter behind a processor that
 * exports each span as it ends. Added as a source of the process under test
 * ({@code SpringApplicationBuilder.sources}); not a {@code @Configuration}, so that no other
 * test's scan picks it up.
 */
class SpanCapture {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Bean
    SpanProcessor cleaveTestSpanCapture() {
        return SimpleSpanProcessor.create(exporter);
    }

    static SpanCapture of(ApplicationContext process) {
        return process.getBean(SpanCapture.class);
    }

    List<SpanData> spans() {
        return exporter.getFinishedSpanItems();
    }

    List<SpanData> inTrace(String traceId) {
        return spans().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    /** The names of the spans of this trace. */
    Set<String> namesInTrace(String traceId) {
        return inTrace(traceId).stream().map(SpanData::getName).collect(Collectors.toSet());
    }

    /** The trace of the server span that answered this method and path template, e.g. "POST", "/api/orders". */
    String traceOfRequest(String method, String uri) {
        return spans().stream()
                .filter(span -> span.getName().equalsIgnoreCase("http " + method + " " + uri))
                .reduce((first, second) -> second) // the last one
                .map(SpanData::getTraceId)
                .orElseThrow(() -> new AssertionError("No span of " + method + " " + uri + " among "
                        + spans().stream().map(SpanData::getName).collect(Collectors.toSet())));
    }
}

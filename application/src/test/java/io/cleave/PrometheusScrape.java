package io.cleave;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A scrape of {@code /actuator/prometheus} in the text format, read back as samples. */
record PrometheusScrape(String text) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The names of all samples, such as {@code cleave_saga_duration_seconds_bucket}. */
    Set<String> names() {
        return text.lines().map(SAMPLE::matcher).filter(Matcher::find).map(sample -> sample.group(1))
                .collect(Collectors.toSet());
    }

    /** The sum of the samples of this name that carry at least these labels (name, value, ...); 0 when none. */
    double value(String name, String... labels) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        return text.lines().map(SAMPLE::matcher).filter(Matcher::find)
                .filter(sample -> sample.group(1).equals(name))
                .filter(sample -> labelsOf(sample.group(3)).entrySet().containsAll(wanted.entrySet()))
                .mapToDouble(sample -> Double.parseDouble(sample.group(4)))
                .sum();
    }

    private static Map<String, String> labelsOf(String labels) {
        Map<String, String> found = new HashMap<>();
        if (labels != null) {
            Matcher label = LABEL.matcher(labels);
            while (label.find()) {
                found.put(label.group(1), label.group(2));
            }
        }
        return found;
    }
}

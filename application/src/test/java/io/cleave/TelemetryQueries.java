package io.cleave;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PromQL queries of the provisioned dashboards ({@code deploy/grafana/dashboards/*.json}) and of
 * the alert rules ({@code deploy/prometheus/alerts.yml}), and the metric names they read.
 */
final class TelemetryQueries {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path ALERTS = ROOT.resolve("deploy/prometheus/alerts.yml");
    private static final Path DASHBOARDS = ROOT.resolve("deploy/grafana/dashboards");

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    /** What is not a metric name: label matchers, grouping clauses, range selectors, strings, template variables. */
    private static final Pattern NOT_NAMES = Pattern.compile(
            "\\{[^}]*}|\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)|\\[[^]]*]|\"[^\"]*\"|\\$\\w+");
    private static final Set<String> PROMQL = Set.of("sum", "rate", "irate", "increase", "deriv", "max", "min", "avg",
            "count", "histogram_quantile", "and", "or", "unless", "abs", "clamp_min", "topk", "bottomk");

    private TelemetryQueries() {
    }

    static List<String> dashboardQueries() {
        List<String> queries = new ArrayList<>();
        try (var files = Files.list(DASHBOARDS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(file));
                dashboard.findValues("expr").forEach(expr -> queries.add(expr.asString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    @SuppressWarnings("unchecked")
    static List<String> alertQueries() {
        List<String> queries = new ArrayList<>();
        try {
            Map<String, Object> rules = new Yaml().load(Files.readString(ALERTS));
            for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    queries.add(String.valueOf(rule.get("expr")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    /** The metric names a query reads, such as {@code cleave_saga_duration_seconds_bucket}. */
    static Set<String> metricNames(String query) {
        Set<String> names = new TreeSet<>();
        Matcher name = NAME.matcher(NOT_NAMES.matcher(query).replaceAll(" "));
        while (name.find()) {
            String found = name.group();
            if (!PROMQL.contains(found) && !found.matches("\\d.*")) {
                names.add(found);
            }
        }
        return names;
    }
}

package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The reading of metric names out of PromQL that {@code GatewaySplitTests} compares with what the
 * processes emit, and the alert rules' own check by promtool where it is installed.
 */
class TelemetryQueriesTest {

    @Test
    void aQueryReadsTheNamesOfItsSeriesButNotItsLabelsFunctionsOrRanges() {
        assertThat(TelemetryQueries.metricNames("""
                histogram_quantile(0.99, sum by (le, outcome) (rate(cleave_saga_duration_seconds_bucket{outcome="confirmed"}[$__rate_interval])))
                / ignoring(le) max_over_x and deriv(cleave_outbox_incomplete[10m]) > 0"""))
                .containsExactlyInAnyOrder("cleave_saga_duration_seconds_bucket", "max_over_x", "cleave_outbox_incomplete");
    }

    @Test
    void everyDashboardPanelAndEveryAlertHasAQueryThatReadsAMetric() {
        assertThat(TelemetryQueries.dashboardQueries()).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(query -> assertThat(TelemetryQueries.metricNames(query)).as(query).isNotEmpty());
        assertThat(TelemetryQueries.alertQueries()).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(query -> assertThat(TelemetryQueries.metricNames(query)).as(query).isNotEmpty());
    }

    @Test
    void theAlertRulesPassPromtool() throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/promtool"));
        if (!present) {
            System.err.println("TelemetryQueriesTest.theAlertRulesPassPromtool skipped: promtool is not installed "
                    + "(Debian package prometheus; .ci/run installs it where apt-get can)");
        }
        assumeTrue(present, "skipped: promtool is not installed");
        Process check = new ProcessBuilder("/usr/bin/promtool", "check", "rules", TelemetryQueries.ALERTS.toString())
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("SUCCESS");
    }
}

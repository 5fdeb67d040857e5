package io.github.aadcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonObject;

import io.github.aadcfg.core.AadcfgException;
import io.github.aadcfg.core.AgentEdits;
import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Planner;
import io.github.aadcfg.core.agent.ProxySettings;

/**
 * Every editing command over the agent config and every variant: the jar writes exactly the bytes the core
 * plans, backs up the original, refuses files with lint errors, and a second run changes nothing.
 */
class EditCommandsIT {
    private static final String PROXY = "http://proxy.contoso.com:8080";
    private static final String BYPASS = ".*\\.contoso\\.com";

    @TempDir
    Path dir;

    static Stream<Arguments> edits() {
        return Stream.of(
                arguments(List.of("proxy", "set", "--address", PROXY, "--bypass", BYPASS, "--bypass-on-local=false"),
                        List.of(AgentEdits.setProxy(ProxySettings.of(PROXY).withBypassList(List.of(BYPASS))
                                .withBypassOnLocal(false)))),
                arguments(List.of("proxy", "remove"), List.of(AgentEdits.removeProxy())),
                arguments(List.of("tracing", "enable"), List.of(AgentEdits.enableVerboseTracing())),
                arguments(List.of("tracing", "disable"), List.of(AgentEdits.disableVerboseTracing("Error"))),
                arguments(List.of("tracing", "disable", "--level", "Warning"),
                        List.of(AgentEdits.disableVerboseTracing("Warning"))),
                arguments(List.of("appsetting", "set", "ServiceBusConnectionMode", "WebSocket"),
                        List.of(AgentEdits.setAppSetting("ServiceBusConnectionMode", "WebSocket"))),
                arguments(List.of("appsetting", "remove", "TraceFileMaxSizeMB"),
                        List.of(AgentEdits.removeAppSetting("TraceFileMaxSizeMB"))),
                arguments(List.of("fips", "--enforce=false"), List.of(AgentEdits.setFipsPolicy(false))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void writesWhatTheCorePlansThenNothingTheSecondTime(List<String> command, List<ConfigEdit> edits) {
        List<Path> files = Fixtures.agentAndVariants(dir);
        Map<Path, byte[]> originals = new HashMap<>();
        files.forEach(file -> originals.put(file, Fixtures.bytes(file)));
        String[] args = args(command, List.of("--json", "--detailed-exitcode", "--jobs", "2"), files);

        Cli.Result first = Cli.run(args);

        List<JsonObject> reports = first.json();
        assertThat(reports).as(first.toString()).extracting(r -> r.get("file").getAsString())
                .containsExactlyElementsOf(Fixtures.args(files));
        for (int i = 0; i < files.size(); i++) {
            checkFirstRun(files.get(i), originals.get(files.get(i)), reports.get(i), edits);
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

    private static void checkFirstRun(Path file, byte[] original, JsonObject report, List<ConfigEdit> edits) {
        assertThat(report.keySet()).as(file.toString())
                .containsExactly("file", "status", "backup", "findings", "error");
        if (Fixtures.LINT_ERRORS.contains(file.getFileName().toString())) {
            assertThat(report.get("status").getAsString()).isEqualTo("error");
            assertThat(report.getAsJsonObject("error").get("code").getAsString()).isEqualTo("lint-errors");
            assertThat(report.getAsJsonArray("findings")).isNotEmpty();
            assertThat(Fixtures.bytes(file)).isEqualTo(original);
            return;
        }
        Plan expected = Planner.plan(file, original, edits, false);
        assertThat(Fixtures.bytes(file)).as(file.toString()).isEqualTo(expected.editedBytes());
        assertThat(report.get("error").isJsonNull()).isTrue();
        if (expected.changed()) {
            assertThat(report.get("status").getAsString()).isEqualTo("changed");
            assertThat(Fixtures.bytes(Path.of(report.get("backup").getAsString()))).isEqualTo(original);
        } else {
            assertThat(report.get("status").getAsString()).as(file.toString()).isEqualTo("unchanged");
            assertThat(report.get("backup").isJsonNull()).isTrue();
        }
    }

    @Test
    void forceEditsFilesWithLintErrors() {
        List<Path> files = Fixtures.LINT_ERRORS.stream().map(name -> Fixtures.testdata("variants/" + name, dir))
                .toList();
        List<ConfigEdit> edits = List.of(AgentEdits.setProxy(ProxySettings.of(PROXY)));
        Map<Path, byte[]> originals = new HashMap<>();
        files.forEach(file -> originals.put(file, Fixtures.bytes(file)));

        Cli.Result result = Cli.run(args(List.of("proxy", "set", "--address", PROXY), List.of("--force", "--json"),
                files));

        List<JsonObject> reports = result.json();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            JsonObject report = reports.get(i);
            try {
                Plan expected = Planner.plan(file, originals.get(file), edits, true);
                assertThat(report.get("status").getAsString()).isEqualTo(expected.changed() ? "changed" : "unchanged");
                assertThat(Fixtures.bytes(file)).isEqualTo(expected.editedBytes());
            } catch (AadcfgException refused) {
                assertThat(report.getAsJsonObject("error").get("code").getAsString()).isEqualTo(refused.code());
                assertThat(Fixtures.bytes(file)).isEqualTo(originals.get(file));
            }
        }
        assertThat(Fixtures.bytes(dir.resolve("placeholders.config"))).asString().doesNotContain("[proxy-server]")
                .contains(PROXY);
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
        assertThat(result.err()).isEmpty();
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

    static String[] args(List<String> command, List<String> options, List<Path> files) {
        List<String> args = new ArrayList<>(command);
        args.addAll(options);
        args.addAll(Fixtures.args(files));
        return args.toArray(String[]::new);
    }
}

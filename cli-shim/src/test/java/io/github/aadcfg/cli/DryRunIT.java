package io.github.aadcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import io.github.aadcfg.core.AgentEdits;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Planner;
import io.github.aadcfg.core.agent.ProxySettings;

/** {@code --dry-run}: the diff of what would change, and nothing written. */
class DryRunIT {
    private static final String PROXY = "http://proxy.contoso.com:8080";

    @TempDir
    Path dir;

    @Test
    void writesNothingAndReportsTheCoresDiff() {
        List<Path> files = Fixtures.agentAndVariants(dir);
        TreeMap<String, String> before = Fixtures.snapshot(dir);

        Cli.Result result = Cli.run(EditCommandsIT.args(List.of("proxy", "set", "--address", PROXY),
                List.of("--dry-run", "--json"), files));

        assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
        List<JsonObject> reports = result.json();
        assertThat(reports).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            JsonObject report = reports.get(i);
            assertThat(report.keySet()).containsExactly("file", "status", "backup", "diff", "findings", "error");
            assertThat(report.get("backup").isJsonNull()).isTrue();
            if (Fixtures.LINT_ERRORS.contains(files.get(i).getFileName().toString())) {
                assertThat(report.get("status").getAsString()).isEqualTo("error");
                assertThat(report.get("diff").isJsonNull()).isTrue();
                continue;
            }
            Plan plan = Planner.plan(files.get(i), Fixtures.bytes(files.get(i)),
                    List.of(AgentEdits.setProxy(ProxySettings.of(PROXY))), false);
            assertThat(report.get("status").getAsString()).isEqualTo(plan.changed() ? "would-change" : "unchanged");
            assertThat(report.get("diff").getAsString()).isEqualTo(plan.unifiedDiff());
        }
        assertThat(result.exitCode()).isEqualTo(ExitCodes.DATA);
    }

    @Test
    void humanOutputShowsTheDiffAndDetailedExitCodeIsTwo() {
        Path agent = Fixtures.agent(dir);
        TreeMap<String, String> before = Fixtures.snapshot(dir);

        Cli.Result result = Cli.run("tracing", "enable", "--dry-run", "--detailed-exitcode", agent.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CHANGED);
        assertThat(result.out()).startsWith(agent + ": would change\n--- a/" + Fixtures.AGENT + "\n+++ b/"
                + Fixtures.AGENT + "\n@@ ").contains("+                    <add name=\"textWriterListener\"/>")
                .doesNotContain("\u001b[");
        assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
    }
}

package io.github.aadcfg.cli.option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --dry-run}: the diff of what would change, as pinned in {@code testdata/expected/proxy-set-dry-run/}
 * (difflib's diff of the hand-written expectations, see {@code edits-by-hand.py}), and nothing written.
 */
class DryRunIT {
    private static final String PROXY = "http://proxy.contoso.com:8080";

    @TempDir
    Path dir;

    @Test
    void writesNothingAndReportsThePinnedDiff() {
        List<Path> files = Fixtures.agentAndVariants(dir);
        TreeMap<String, String> before = Fixtures.snapshot(dir);

        Cli.Result result = Cli.run(Fixtures.args(List.of("proxy", "set", "--address", PROXY),
                List.of("--dry-run", "--json"), files));

        assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
        List<JsonObject> reports = result.json();
        assertThat(reports).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            JsonObject report = reports.get(i);
            assertThat(report.keySet()).containsExactly("type", "file", "status", "backup", "diff", "edits",
                    "findings", "warnings", "error");
            assertThat(report.get("backup").isJsonNull()).isTrue();
            String name = files.get(i).getFileName().toString();
            boolean fixed = Fixtures.FIXED_BY.getOrDefault(name, List.of()).contains("proxy-set");
            if (Fixtures.LINT_ERRORS.contains(name) && !fixed) {
                assertThat(report.get("status").getAsString()).isEqualTo("error");
                assertThat(report.get("diff").isJsonNull()).isTrue();
                continue;
            }
            String diff = new String(Fixtures.pinned("proxy-set-dry-run", name + ".diff"), StandardCharsets.UTF_8);
            assertThat(report.get("status").getAsString()).as(name)
                    .isEqualTo(diff.isEmpty() ? "unchanged" : "would-change");
            assertThat(report.get("diff").getAsString()).as(name).isEqualTo(diff);
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

package io.github.aadcfg.cli;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.report.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/** The command itself: help, version, completion script and the demo. */
class CommandIT {
    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("proxy", "tracing", "appsetting", "fips", "lint", "backups", "restore",
                "demo", "completion", "Exit codes:", "75   locked by another run", "Example:");
    }

    @Test
    void version() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.out()).startsWith("aadcfg 0.");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() {
        Cli.Result result = Cli.run("completion");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("complete -F", "_picocli_aadcfg_proxy_set", "--bypass-on-local",
                "_picocli_aadcfg_tracing_disable");
    }

    @Test
    void demoShowsBothEditsAndLeavesNothingBehind() {
        Cli.Result result = Cli.run(List.of("-Djava.io.tmpdir=" + dir), null, "demo");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
        assertThat(result.out())
                .contains("$ aadcfg proxy set --address http://proxy.contoso.com:8080 --dry-run " + Fixtures.AGENT)
                .contains("proxyaddress=\"http://proxy.contoso.com:8080\"")
                .contains("$ aadcfg tracing enable --dry-run " + Fixtures.AGENT)
                .contains("+                    <add name=\"textWriterListener\"/>");
        assertThat(Fixtures.snapshot(dir)).containsOnlyKeys("");
    }
}

package io.github.aadcfg.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.core.agent.AgentService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent reads its config only when it starts: after a run changed it, the human output reminds to restart the
 * service, once, on stderr; not in JSON output, not for a dry run, a file left unchanged or another config.
 */
class RestartReminderIT {
    @TempDir
    Path dir;

    @Test
    void aRunThatChangedAgentConfigsRemindsOnceOnStandardError() throws IOException {
        List<Path> files = List.of(Fixtures.agent(Files.createDirectory(dir.resolve("a"))),
                Fixtures.agent(Files.createDirectory(dir.resolve("b"))), Fixtures.testdata("variants/tabs.config", dir));
        String reminder = "aadcfg: " + AgentService.restartReminder(files.get(0)) + "\n";

        Cli.Result dryRun = Cli.run(Fixtures.args(List.of("fips", "--enforce=false"), List.of("--dry-run"), files));
        Cli.Result change = Cli.run(Fixtures.args(List.of("fips", "--enforce=false"), List.of(), files));
        Cli.Result unchanged = Cli.run(Fixtures.args(List.of("fips", "--enforce=false"), List.of(), files));
        Cli.Result restore = Cli.run(Fixtures.args(List.of("restore", "--latest"), List.of(), files));

        assertThat(change.err()).as(change.toString()).isEqualTo(reminder);
        assertThat(change.out()).doesNotContain("Restart-Service");
        assertThat(restore.err()).as(restore.toString()).isEqualTo(reminder);
        assertThat(dryRun.err()).as(dryRun.toString()).isEmpty();
        assertThat(unchanged.err()).as(unchanged.toString()).isEmpty();
    }

    @Test
    void noReminderInJsonOutputNorForAnotherConfig() {
        Path agent = Fixtures.agent(dir);
        Path tabs = Fixtures.testdata("variants/tabs.config", dir);

        Cli.Result json = Cli.run("fips", "--enforce=false", "--json", agent.toString());
        Cli.Result other = Cli.run("fips", "--enforce=false", tabs.toString());

        assertThat(json.json()).singleElement().satisfies(r -> assertThat(r.get("status").getAsString())
                .isEqualTo("changed"));
        assertThat(json.out() + json.err()).doesNotContain("Restart-Service");
        assertThat(other.out()).startsWith(tabs + ": changed");
        assertThat(other.err()).isEmpty();
    }
}

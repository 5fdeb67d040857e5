package io.github.aadcfg.cli.report;

import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit says which way it went: the plan's descriptions of the edits are the JSON {@code edits}, and human
 * output shows those that say more than the command line did (an echo of the command is left out).
 */
class EditDescriptionsIT {
    @TempDir
    Path dir;

    @Test
    void tracingDisableNamesTheBackupItRestoredTheSectionFrom() {
        Path agent = Fixtures.agent(dir);
        Cli.run("tracing", "enable", agent.toString());
        JsonArray backups = Cli.run("backups", "--json", agent.toString()).json().get(0).getAsJsonArray("backups");
        String beforeTracing = backups.get(0).getAsJsonObject().get("path").getAsString();
        String expected = "tracing disable: <system.diagnostics> as in the backup " + beforeTracing;

        Cli.Result json = Cli.run("tracing", "disable", "--dry-run", "--json", agent.toString());
        Cli.Result human = Cli.run("tracing", "disable", agent.toString());

        assertThat(edits(json.json().get(0))).containsExactly(expected);
        assertThat(human.out().lines().toList()).as(human.toString()).hasSize(3)
                .satisfies(lines -> assertThat(lines.get(1)).isEqualTo("  " + expected))
                .last().asString().contains("warning [verbose-tracing-on]"); // a finding on the file as it was
    }

    @Test
    void tracingDisableWithoutSuchABackupSaysWhereItLookedAndThatItLoweredTheLevel() {
        Path verbose = Fixtures.testdata("variants/verbose-already.config", dir);
        String expected = "tracing disable: no backup without verbose tracing (looked in " + dir
                + "), so the text writer listener is removed and the level set to Error";

        Cli.Result json = Cli.run("tracing", "disable", "--dry-run", "--json", verbose.toString());
        Cli.Result human = Cli.run("tracing", "disable", verbose.toString());

        assertThat(json.json().get(0).get("status").getAsString()).isEqualTo("would-change");
        assertThat(edits(json.json().get(0))).containsExactly(expected);
        assertThat(human.out().lines().toList()).as(human.toString()).hasSize(3)
                .satisfies(lines -> assertThat(lines.get(1)).isEqualTo("  " + expected))
                .last().asString().contains("warning [verbose-tracing-on]"); // a finding on the file as it was
    }

    @Test
    void anEditThatOnlyEchoesTheCommandAddsNoLineButIsInTheJson() {
        Path agent = Fixtures.agent(dir);

        Cli.Result json = Cli.run("fips", "--enforce=false", "--dry-run", "--json", agent.toString());
        Cli.Result human = Cli.run("fips", "--enforce=false", agent.toString());

        assertThat(edits(json.json().get(0))).containsExactly("fips --enforce=false");
        assertThat(human.out().lines().toList()).as(human.toString()).hasSize(1);
    }

    private static List<String> edits(JsonObject line) {
        return line.getAsJsonArray("edits").asList().stream().map(edit -> edit.getAsString()).toList();
    }
}

package io.github.aadcfg.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code restore} and {@code tracing disable}: the exact earlier bytes come back, and a restore can be undone. */
class RestoreIT {
    @TempDir
    Path dir;

    @Test
    void restoreLatestReturnsTheOriginalBytesAndCanBeUndone() {
        Path agent = Fixtures.agent(dir);
        byte[] original = Fixtures.bytes(agent);
        Cli.run("proxy", "set", "--address", "http://proxy.contoso.com:8080", agent.toString());
        byte[] edited = Fixtures.bytes(agent);

        Cli.Result restore = Cli.run("restore", "--latest", "--json", "--detailed-exitcode", agent.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCodes.CHANGED);
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
        JsonObject report = restore.json().get(0);
        assertThat(report.get("status").getAsString()).isEqualTo("changed");
        Path undo = Path.of(report.get("backup").getAsString());
        assertThat(Fixtures.bytes(undo)).isEqualTo(edited);

        Cli.Result undone = Cli.run("restore", "--backup", undo.toString(), agent.toString());

        assertThat(undone.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Fixtures.bytes(agent)).isEqualTo(edited);
    }

    @Test
    void restoreLatestTwiceIsUnchangedTheSecondTimeAndUndoGivesBackWhatTheRestoreReplaced() {
        Path agent = Fixtures.agent(dir);
        Cli.run("proxy", "set", "--address", "http://proxy.contoso.com:8080", agent.toString());
        byte[] beforeLastEdit = Fixtures.bytes(agent);
        Cli.run("tracing", "enable", agent.toString());
        byte[] edited = Fixtures.bytes(agent);

        Cli.Result first = Cli.run("restore", "--latest", agent.toString());
        var afterFirst = Fixtures.snapshot(dir);
        Cli.Result second = Cli.run("restore", "--latest", "--json", "--detailed-exitcode", agent.toString());

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.OK);
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCodes.OK);
        assertThat(second.json().get(0).get("status").getAsString()).isEqualTo("unchanged");
        assertThat(second.json().get(0).get("backup").isJsonNull()).isTrue();
        assertThat(Fixtures.snapshot(dir)).as("no new backup").isEqualTo(afterFirst);
        assertThat(Fixtures.bytes(agent)).isEqualTo(beforeLastEdit);

        Cli.Result undo = Cli.run("restore", "--undo", "--json", agent.toString());

        assertThat(undo.exitCode()).as(undo.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Fixtures.bytes(agent)).isEqualTo(edited);
        assertThat(Fixtures.bytes(Path.of(undo.json().get(0).get("backup").getAsString()))).isEqualTo(beforeLastEdit);
        Cli.Result backups = Cli.run("backups", "--json", agent.toString());
        assertThat(backups.json().get(0).getAsJsonArray("backups")).extracting(b -> b.getAsJsonObject().get("kind")
                .getAsString()).containsExactly("pre-restore", "pre-restore", "edit", "original");
        assertThat(Cli.run("backups", agent.toString()).out()).contains("  pre-restore  ", "  original     ");
    }

    @Test
    void restoreRepairsAFileBrokenByHand() throws Exception {
        Path agent = Fixtures.agent(dir);
        byte[] original = Fixtures.bytes(agent);
        Cli.run("proxy", "set", "--address", "http://proxy.contoso.com:8080", agent.toString()); // backs it up
        java.nio.file.Files.writeString(agent, "<configuration>\n  <appSettings>\n</configuration>\n");
        Cli.Result lint = Cli.run("lint", agent.toString());
        byte[] broken = Fixtures.bytes(agent);

        Cli.Result preview = Cli.run("restore", "--latest", "--dry-run", "--detailed-exitcode", agent.toString());
        byte[] afterPreview = Fixtures.bytes(agent);
        Cli.Result restore = Cli.run("restore", "--latest", agent.toString());

        assertThat(lint.exitCode()).as("the file is broken").isEqualTo(ExitCodes.DATA);
        assertThat(preview.exitCode()).as(preview.toString()).isEqualTo(ExitCodes.CHANGED);
        assertThat(preview.out()).contains("-  <appSettings>").contains("+<?xml");
        assertThat(afterPreview).isEqualTo(broken);
        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
    }

    @Test
    void tracingDisableRestoresTheSectionFromBeforeTracingWasEnabled() {
        Path agent = Fixtures.agent(dir);
        byte[] original = Fixtures.bytes(agent);
        Cli.run("tracing", "enable", agent.toString());

        Cli.Result disable = Cli.run("tracing", "disable", "--restore", agent.toString());

        assertThat(disable.exitCode()).as(disable.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
    }

    @Test
    void restoreAndBackupsTakeManyFilesLikeTheEdits() throws IOException {
        List<Path> files = List.of(Fixtures.agent(Files.createDirectory(dir.resolve("a"))),
                Fixtures.agent(Files.createDirectory(dir.resolve("b"))), Fixtures.testdata("variants/tabs.config", dir));
        List<byte[]> originals = files.stream().map(Fixtures::bytes).toList();
        Path list = Files.writeString(dir.resolve("list.txt"), files.get(1) + "\n" + files.get(2) + "\n");
        Cli.run(Fixtures.args(List.of("fips", "--enforce=false"), List.of(), files));

        Cli.Result backups = Cli.run("backups", "--json", "--jobs", "2", files.get(0).toString(), "--files-from",
                list.toString());
        Cli.Result restore = Cli.run("restore", "--latest", "--json", "--jobs", "2", files.get(0).toString(),
                "--files-from", list.toString());

        assertThat(backups.exitCode()).as(backups.toString()).isEqualTo(ExitCodes.OK);
        assertThat(backups.json()).extracting(r -> r.get("file").getAsString()).containsExactlyElementsOf(
                Fixtures.args(files));
        assertThat(backups.json()).allSatisfy(r -> assertThat(r.getAsJsonArray("backups")).hasSize(1));
        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCodes.OK);
        assertThat(restore.json()).extracting(r -> r.get("status").getAsString())
                .containsExactly("changed", "changed", "changed");
        for (int i = 0; i < files.size(); i++) {
            assertThat(Fixtures.bytes(files.get(i))).as(files.get(i).toString()).isEqualTo(originals.get(i));
        }
    }

    @Test
    void restoreBackupTakesOneFile() {
        Path agent = Fixtures.agent(dir);
        Path tabs = Fixtures.testdata("variants/tabs.config", dir);
        Cli.Result edit = Cli.run("fips", "--enforce=false", "--json", agent.toString());
        String backup = edit.json().get(0).get("backup").getAsString();
        var before = Fixtures.snapshot(dir);

        Cli.Result restore = Cli.run("restore", "--backup", backup, agent.toString(), tabs.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(restore.err()).contains("--backup names a backup of one file, but 2 files are given");
        assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotABackupOfTheFileIsRestoredOnlyWithForce() throws IOException {
        Path agent = Fixtures.agent(dir);
        byte[] original = Fixtures.bytes(agent);
        Cli.Result edit = Cli.run("fips", "--enforce=false", "--json", agent.toString());
        Path copy = Files.copy(Path.of(edit.json().get(0).get("backup").getAsString()), dir.resolve("saved.config"));
        var before = Fixtures.snapshot(dir);

        Cli.Result refused = Cli.run("restore", "--backup", copy.toString(), agent.toString());
        Cli.Result preview = Cli.run("restore", "--backup", copy.toString(), "--dry-run", "--json", agent.toString());
        var afterRefusals = Fixtures.snapshot(dir);
        Cli.Result forced = Cli.run("restore", "--backup", copy.toString(), "--force", agent.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.DATA);
        assertThat(refused.out()).startsWith(agent + ": error: " + copy + " is not a backup of this file")
                .contains("kept in " + dir.toRealPath()).contains("--force");
        assertThat(preview.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(preview.json().get(0).getAsJsonObject("error").get("code").getAsString()).isEqualTo("not-a-backup");
        assertThat(afterRefusals).as("nothing written").isEqualTo(before);
        assertThat(forced.exitCode()).as(forced.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
    }

    @Test
    void findingNothingNamesTheDirectorySearched() throws IOException {
        Path agent = Fixtures.agent(dir);
        Path elsewhere = dir.resolve("backups");
        Path searched = Path.of(elsewhere + dir.toRealPath().toString());

        Cli.Result latest = Cli.run("restore", "--latest", "--backup-dir", elsewhere.toString(), agent.toString());
        Cli.Result undo = Cli.run("restore", "--undo", agent.toString());
        Cli.Result backups = Cli.run("backups", agent.toString());

        assertThat(latest.out()).isEqualTo(agent + ": error: there is no backup of this file to restore (looked in "
                + searched + ")\n");
        assertThat(undo.out()).contains("there is nothing to undo (looked in " + dir.toRealPath() + ")");
        assertThat(backups.out()).isEqualTo(agent + ": no backups in " + dir.toRealPath() + "\n");
    }

    @Test
    void sixtySixWithoutABackupToRestore() {
        Path agent = Fixtures.agent(dir);
        byte[] original = Fixtures.bytes(agent);

        Cli.Result latest = Cli.run("restore", "--latest", agent.toString());
        Cli.Result tracing = Cli.run("tracing", "disable", "--restore", "--json", agent.toString());

        assertThat(latest.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(latest.out()).startsWith(agent + ": error: there is no backup");
        assertThat(tracing.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(tracing.json().get(0).getAsJsonObject("error").get("code").getAsString()).isEqualTo("no-backup");
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
    }
}

package io.github.aadcfg.cli.option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code AADCFG_BACKUP_DIR}: the machine-wide default of {@code --backup-dir}, for the commands that make backups
 * and those that look for them; {@code --backup-dir} wins over it, and an empty value means beside the file.
 */
@DisabledOnOs(OS.WINDOWS) // sets the variable with env(1)
class BackupDirectoryVariableIT {
    @TempDir
    Path dir;

    /** Runs {@code aadcfg args} with {@code AADCFG_BACKUP_DIR} set to {@code value}. */
    private static Cli.Result runWith(String value, String... args) {
        return Cli.start(List.of("env", BackupDirectory.VARIABLE + "=" + value), List.of(), args).finish();
    }

    @Test
    void theVariableIsTheDefaultBackupDirectoryOfEveryCommand() throws IOException {
        Path agent = Fixtures.agent(dir);
        byte[] original = Fixtures.bytes(agent);
        Path machineWide = dir.resolve("machine-wide");
        Path mirrored = Path.of(machineWide + dir.toRealPath().toString());

        Cli.Result edit = runWith(machineWide.toString(), "fips", "--enforce=false", "--json", agent.toString());
        Cli.Result backups = runWith(machineWide.toString(), "backups", "--json", agent.toString());
        Cli.Result withoutIt = Cli.run("backups", "--json", agent.toString());
        Cli.Result restore = runWith(machineWide.toString(), "restore", "--latest", "--json", agent.toString());

        assertThat(edit.exitCode()).as(edit.toString()).isEqualTo(ExitCodes.OK);
        Path backup = Path.of(edit.json().get(0).get("backup").getAsString());
        assertThat(backup.getParent()).isEqualTo(mirrored);
        assertThat(Fixtures.bytes(backup)).isEqualTo(original);
        assertThat(backups.json().get(0).getAsJsonArray("backups")).singleElement()
                .satisfies(b -> assertThat(b.getAsJsonObject().get("path").getAsString()).isEqualTo(backup.toString()));
        assertThat(withoutIt.json().get(0).getAsJsonArray("backups")).as("none beside the file").isEmpty();
        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Path.of(restore.json().get(0).get("backup").getAsString()).getParent()).isEqualTo(mirrored);
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
    }

    @Test
    void backupDirWinsOverTheVariableAndAnEmptyVariableMeansBesideTheFile() throws IOException {
        Path agent = Fixtures.agent(dir);
        Path given = dir.resolve("given");

        Cli.Result explicit = runWith(dir.resolve("machine-wide").toString(), "fips", "--enforce=false", "--json",
                "--backup-dir", given.toString(), agent.toString());
        Cli.Result empty = runWith("", "fips", "--enforce=true", "--json", agent.toString());

        assertThat(Path.of(explicit.json().get(0).get("backup").getAsString())).startsWith(given);
        assertThat(dir.resolve("machine-wide")).doesNotExist();
        assertThat(Path.of(empty.json().get(0).get("backup").getAsString()).getParent()).isEqualTo(dir.toRealPath());
    }

    @Test
    void theHelpNamesTheVariable() {
        for (String command : List.of("fips", "restore", "backups")) {
            assertThat(Cli.run(command, "--help").out().replaceAll("\\s+", " ")).as(command)
                    .contains("--backup-dir=DIR The backups are under DIR, at each file's absolute path (default: "
                            + "$AADCFG_BACKUP_DIR when set, else beside each file).");
        }
    }
}

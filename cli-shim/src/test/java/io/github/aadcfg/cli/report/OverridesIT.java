package io.github.aadcfg.cli.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal names the option of the command that overrides it ({@link Overrides}): in human output after the
 * reason, in JSON as the error's {@code hint}; a command without that option names none.
 */
class OverridesIT {
    @TempDir
    Path dir;

    @Test
    void lintErrorsNameForce() {
        Path placeholders = Fixtures.testdata("variants/placeholders.config", dir);

        refusal("lint-errors", "--force", "fips", "--enforce=false", placeholders.toString());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aHardLinkedFileNamesForce() throws IOException {
        Path agent = Fixtures.agent(dir);
        Files.createLink(dir.resolve("other-name.config"), agent);

        refusal("hard-linked", "--force", "fips", "--enforce=false", agent.toString());
    }

    @Test
    void aLockNamesWait() throws IOException {
        Path agent = Fixtures.agent(dir);

        try (FileChannel channel = FileChannel.open(agent, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            refusal("locked", "--wait SECONDS", "fips", "--enforce=false", agent.toString());
            lock.release();
        }
    }

    @Test
    void noBackupToRestoreTheTracingSectionFromNamesLevelButARestoreNamesNothing() {
        Path agent = Fixtures.agent(dir);

        refusal("no-backup", "--level LEVEL", "tracing", "disable", "--restore", agent.toString());
        refusal("no-backup", null, "restore", "--latest", agent.toString());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anUntrustedBackupNamesBackup() throws IOException {
        Path agent = Fixtures.agent(dir);
        Path backup = Path.of(Cli.run("fips", "--enforce=false", "--json", agent.toString()).json().get(0)
                .get("backup").getAsString());
        Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-rw-rw-"));

        refusal("untrusted-backup", "--backup PATH", "restore", "--latest", agent.toString());
    }

    /**
     * Runs {@code command} twice, in words and in JSON, and checks it is refused with {@code code} and names
     * {@code hint} (or, when null, no option).
     */
    private static void refusal(String code, String hint, String... command) {
        Cli.Result human = Cli.run(command);
        String[] withJson = new String[command.length + 1];
        System.arraycopy(command, 0, withJson, 0, command.length);
        withJson[command.length] = "--json";
        Cli.Result json = Cli.run(withJson);

        JsonObject error = json.json().get(0).getAsJsonObject("error");
        assertThat(error.get("code").getAsString()).as(json.toString()).isEqualTo(code);
        if (hint == null) {
            assertThat(error.get("hint").isJsonNull()).as(json.toString()).isTrue();
            assertThat(human.out()).as(human.toString()).contains(": error: ").doesNotContain("override");
        } else {
            assertThat(error.get("hint").getAsString()).isEqualTo(hint);
            assertThat(human.out()).as(human.toString()).contains(": error: ").endsWith(" (override with " + hint + ")\n");
        }
    }
}

package io.github.aadcfg.cli.option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.TreeMap;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --backup-dir}: what aadcfg creates there is {@code rwx------} whatever the umask, and a directory
 * another user owns or can write is refused with 73 before anything is written or read. Runs as root and
 * hands directories to {@code nobody} (uid 65534) with chown.
 */
class BackupDirectoryIT {
    private static final int NOBODY = 65534;

    @TempDir
    Path dir;
    Path agent;
    byte[] original;
    Path root;

    @BeforeEach
    void copyAgent() {
        agent = Fixtures.agent(dir);
        original = Fixtures.bytes(agent);
        root = dir.resolve("backups");
    }

    @Test
    void directoriesAreCreatedPrivateUnderUmask000() throws IOException {
        Cli.Result run = Cli.runWithUmask("000", "fips", "--enforce=true", "--json", "--backup-dir", root.toString(),
                agent.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        Path backup = Path.of(run.json().get(0).get("backup").getAsString());
        assertThat(Fixtures.bytes(backup)).isEqualTo(original);
        assertThat(backup.startsWith(root)).isTrue();
        for (Path p = backup.getParent(); !p.equals(dir); p = p.getParent()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aBackupDirectoryOwnedByNobodyIsRefusedWith73AndNothingIsWritten() throws IOException {
        Files.createDirectory(root);
        Files.setAttribute(root, "unix:uid", NOBODY);

        assertRefused(root + " is owned by uid 65534");
    }

    @Test
    void aGroupWritableBackupDirectoryIsRefusedWith73() throws IOException {
        Files.createDirectory(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxr-x"));

        assertRefused(root + " is writable by group or others (mode 0775) and has no sticky bit");
    }

    @Test
    void aStickyWorldWritableRootLikeTmpIsAllowed() throws IOException {
        Files.createDirectory(root);
        Files.setAttribute(root, "unix:mode", 01777);

        Cli.Result run = Cli.run("fips", "--enforce=true", "--json", "--backup-dir", root.toString(), agent.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Fixtures.bytes(Path.of(run.json().get(0).get("backup").getAsString()))).isEqualTo(original);
    }

    @Test
    void aBackupPlantedInADirectoryAnotherUserCanWriteIsNotRestored() throws IOException {
        Cli.Result edit = Cli.run("fips", "--enforce=true", "--backup-dir", root.toString(), agent.toString());
        byte[] edited = Fixtures.bytes(agent);
        Path mirrored = root.resolve(dir.toRealPath().toString().substring(1));
        Path planted = Files.writeString(mirrored.resolve(Fixtures.AGENT + ".000099.edit.20261125T100000.000Z.bak"),
                "<configuration><appSettings><add key=\"planted\" value=\"1\" /></appSettings></configuration>");
        Files.setAttribute(mirrored, "unix:mode", 0777);

        Cli.Result restore = Cli.run("restore", "--latest", "--json", "--backup-dir", root.toString(),
                agent.toString());
        Cli.Result list = Cli.run("backups", "--backup-dir", root.toString(), agent.toString());

        assertThat(edit.exitCode()).as(edit.toString()).isEqualTo(ExitCodes.OK);
        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCodes.CANNOT_CREATE);
        JsonObject error = restore.json().get(0).getAsJsonObject("error");
        assertThat(error.get("code").getAsString()).isEqualTo("untrusted-backup-directory");
        assertThat(error.get("message").getAsString()).contains(mirrored + " is writable by group or others");
        assertThat(list.exitCode()).as(list.toString()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(Fixtures.bytes(agent)).isEqualTo(edited);
        assertThat(planted).exists();
    }

    /** An edit with {@code --backup-dir} exits 73 naming the problem; the file and the directory tree are as before. */
    private void assertRefused(String message) {
        TreeMap<String, String> before = Fixtures.snapshot(dir);

        Cli.Result run = Cli.run("fips", "--enforce=true", "--json", "--backup-dir", root.toString(), agent.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.CANNOT_CREATE);
        JsonObject error = run.json().get(0).getAsJsonObject("error");
        assertThat(error.get("code").getAsString()).isEqualTo("untrusted-backup-directory");
        assertThat(error.get("message").getAsString()).contains(message);
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
        assertThat(Fixtures.snapshot(dir)).as("no backup, nothing written").isEqualTo(before);
    }
}

package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.DirectorySnapshot;
import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Backup directories and backups another user could have written are refused (the rule ssh applies to
 * {@code ~/.ssh}), before anything is written; what aadcfg creates is private. Runs as root and hands
 * directories to {@code nobody} (uid 65534) with chown.
 */
class BackupTrustTest {
    private static final ConfigEdit PROXY = new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080"));
    private static final int NOBODY = 65534;

    @TempDir
    Path dir;
    Path file;
    byte[] original;
    Path root;

    @BeforeEach
    void copySample() throws IOException {
        file = Files.copy(Testdata.AGENT, dir.resolve("app.config"));
        original = Files.readAllBytes(file);
        root = dir.resolve("backups");
    }

    @Test
    void everyDirectoryCreatedUnderTheBackupRootIsPrivate() throws IOException {
        CommitResult result = editor().apply(file, List.of(PROXY));

        assertThat(result.backup()).hasBinaryContent(original);
        for (Path p = result.backup().getParent(); !p.equals(dir); p = p.getParent()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aBackupRootOwnedByAnotherUserIsRefusedBeforeAnythingIsWritten() throws IOException {
        Files.createDirectory(root);
        Files.setAttribute(root, "unix:uid", NOBODY);

        assertRefused(root, "is owned by uid 65534, not by this user (uid 0) or root");
    }

    @Test
    void aGroupWritableBackupRootIsRefused() throws IOException {
        Files.createDirectory(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwx---"));

        assertRefused(root, "is writable by group or others (mode 0770) and has no sticky bit");
    }

    @Test
    void aMirroredDirectoryPlantedByAnotherUserIsRefusedAndItsBackupNotRestored() throws IOException {
        ConfigEditor editor = editor();
        Path mirrored = root.resolve(dir.toRealPath().toString().substring(1));
        Files.createDirectories(mirrored);
        Path planted = Files.writeString(mirrored.resolve("app.config.000009.edit.20261125T100000.000Z.bak"),
                "<configuration><appSettings><add key=\"planted\" value=\"1\" /></appSettings></configuration>");
        Path top = root.resolve(dir.toRealPath().getName(0).toString());
        Files.setAttribute(top, "unix:uid", NOBODY);
        Map<String, String> before = DirectorySnapshot.of(dir);

        AadcfgException restore = Failures.thrown(Category.CANNOT_WRITE, () -> editor.restoreLatest(file));
        AadcfgException list = Failures.thrown(Category.CANNOT_WRITE, () -> editor.backups(file));

        assertThat(restore.code()).isEqualTo("untrusted-backup-directory");
        assertThat(restore.getMessage()).contains(top + " is owned by uid 65534");
        assertThat(list.code()).isEqualTo("untrusted-backup-directory");
        assertThat(file).hasBinaryContent(original);
        assertThat(planted).exists();
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void aSymbolicLinkUnderTheRootIsRefused() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        Path top = root.resolve(dir.toRealPath().getName(0).toString());
        Files.createSymbolicLink(top, elsewhere);

        assertRefused(top, "is a symbolic link");
    }

    @Test
    void aStickyWorldWritableRootIsAllowedLikeTmp() throws IOException {
        Files.createDirectory(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setAttribute(root, "unix:mode", 01777);

        CommitResult result = editor().apply(file, List.of(PROXY));

        assertThat(result.status()).isEqualTo(Status.CHANGED);
        assertThat(result.backup()).hasBinaryContent(original);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(
                dir.toRealPath().getName(0).toString())))).isEqualTo("rwx------");
    }

    @Test
    void aBackupBesideTheFileThatAnotherUserCouldHaveWrittenIsNotRestored() throws IOException {
        ConfigEditor editor = ConfigEditor.builder().build();
        editor.apply(file, List.of(PROXY));
        byte[] edited = Files.readAllBytes(file);
        Path planted = Files.copy(file, dir.resolve("app.config.000009.edit.20261125T100000.000Z.bak"));
        Files.setAttribute(planted, "unix:uid", NOBODY);

        AadcfgException byOwner = Failures.thrown(Category.CANNOT_WRITE, () -> editor.restoreLatest(file));
        Files.setAttribute(planted, "unix:uid", 0);
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rw-rw-rw-"));
        AadcfgException byMode = Failures.thrown(Category.CANNOT_WRITE, () -> editor.restoreLatest(file));

        assertThat(byOwner.code()).isEqualTo("untrusted-backup");
        assertThat(byOwner.getMessage()).contains(planted + " is owned by uid 65534");
        assertThat(byMode.getMessage()).contains(planted + " is writable by group or others (mode 0666)");
        assertThat(file).hasBinaryContent(edited);
        Files.delete(planted);
        editor.restoreLatest(file);
        assertThat(file).hasBinaryContent(original);
    }

    private ConfigEditor editor() {
        return ConfigEditor.builder().backupDirectory(root).build();
    }

    /** Editing with the backup directory fails with 73 naming {@code path}, and nothing on disk changes. */
    private void assertRefused(Path path, String why) {
        Map<String, String> before = DirectorySnapshot.of(dir);

        AadcfgException error = Failures.thrown(Category.CANNOT_WRITE, () -> editor().apply(file, List.of(PROXY)));

        assertThat(error.code()).isEqualTo("untrusted-backup-directory");
        assertThat(error.category()).isEqualTo(AadcfgException.Category.CANNOT_WRITE);
        assertThat(error.getMessage()).contains(path + " " + why);
        assertThat(file).hasBinaryContent(original);
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }
}

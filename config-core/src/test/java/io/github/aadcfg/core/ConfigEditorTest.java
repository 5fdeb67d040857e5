package io.github.aadcfg.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.aadcfg.core.agent.DisableTracing;
import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetAppSetting;
import io.github.aadcfg.core.agent.SetFipsPolicy;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Backup;
import io.github.aadcfg.core.report.BackupKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The commit pipeline on real files: lock, verified backup, atomic replace, retention, restore. */
class ConfigEditorTest {
    private static final ConfigEdit PROXY = new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080"));

    @TempDir
    Path dir;
    Path file;
    byte[] original;

    @BeforeEach
    void copySample() throws IOException {
        file = Files.copy(Testdata.AGENT, dir.resolve("AADConnectProvisioningAgent.exe.config"));
        original = Files.readAllBytes(file);
    }

    private static final DisableTracing RESTORE_TRACING = new DisableTracing(DisableTracing.Way.RESTORE_ONLY, null);

    @Test
    void applyBacksUpThenReplacesAndLeavesNoLitter() throws IOException {
        CommitResult result = ConfigEditor.builder().build().apply(file, List.of(PROXY));

        assertThat(result.status()).isEqualTo(Status.CHANGED);
        assertThat(result.backup().getParent()).isEqualTo(file.toRealPath().getParent());
        assertThat(result.backup().getFileName().toString())
                .matches("AADConnectProvisioningAgent\\.exe\\.config\\.000001\\.original\\.\\d{8}T\\d{6}\\.\\d{3}Z\\.bak");
        assertThat(Files.readAllBytes(result.backup())).isEqualTo(original);
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(Testdata.ROOT.resolve("expected/agent.proxy-set.config")));
        assertThat(DirectorySnapshot.of(dir)).hasSize(3); // the directory, the file, the backup
    }

    @Test
    void aFileAlreadyInTheDesiredStateIsNotWrittenAndGetsNoBackup() throws IOException {
        ConfigEditor editor = ConfigEditor.builder().build();
        editor.apply(file, List.of(PROXY));
        Map<String, String> before = DirectorySnapshot.of(dir);
        long modified = Files.getLastModifiedTime(file).toMillis();

        CommitResult again = editor.apply(file, List.of(PROXY));

        assertThat(again.status()).isEqualTo(Status.UNCHANGED);
        assertThat(again.backup()).isNull();
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }

    @Test
    void severalEditsAreOneWriteWithOneBackup() {
        CommitResult result = ConfigEditor.builder().build().apply(file, List.of(PROXY, new EnableTracing(),
                new SetAppSetting("ServiceBusConnectionMode", "WebSocket"), new SetFipsPolicy(false)));
        assertThat(result.status()).isEqualTo(Status.CHANGED);
        assertThat(ConfigEditor.builder().build().backups(file)).hasSize(1);
    }

    @Test
    void aPlanPreviewsWithoutWriting() {
        Map<String, String> before = DirectorySnapshot.of(dir);
        Plan plan = ConfigEditor.builder().build().plan(file, List.of(PROXY));
        assertThat(plan.changed()).isTrue();
        assertThat(plan.unifiedDiff()).startsWith("--- a/AADConnectProvisioningAgent.exe.config\n+++ b/")
                .contains("+    <system.net>\n").contains("+            <proxy usesystemdefault=\"true\" "
                        + "proxyaddress=\"http://proxy.contoso.com:8080\" bypassonlocal=\"true\" />\n");
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void backupDirectoryMirrorsThePathAndRetentionKeepsTheNewest() throws IOException {
        Path backups = dir.resolve("backups");
        AtomicLong millis = new AtomicLong(Instant.parse("2026-11-25T10:00:00Z").toEpochMilli());
        Clock ticking = new Clock() {
            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.addAndGet(1000));
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        ConfigEditor editor = ConfigEditor.builder().backupDirectory(backups).keepBackups(3).clock(ticking).build();
        for (int i = 1; i <= 5; i++) {
            editor.apply(file, List.of(new SetAppSetting("Round", String.valueOf(i))));
        }
        List<Backup> kept = editor.backups(file);
        assertThat(kept).hasSize(4); // the newest three and the original
        assertThat(kept.get(0).path().getParent())
                .isEqualTo(backups.resolve(dir.toRealPath().toString().substring(1)));
        assertThat(kept).extracting(b -> b.path().getFileName().toString()).containsExactly(
                "AADConnectProvisioningAgent.exe.config.000005.edit.20261125T100005.000Z.bak",
                "AADConnectProvisioningAgent.exe.config.000004.edit.20261125T100004.000Z.bak",
                "AADConnectProvisioningAgent.exe.config.000003.edit.20261125T100003.000Z.bak",
                "AADConnectProvisioningAgent.exe.config.000001.original.20261125T100001.000Z.bak");
        assertThat(new String(Files.readAllBytes(kept.get(0).path()))).contains("key=\"Round\" value=\"4\"");
    }

    @Test
    void aSymlinkedFileIsEditedAtItsRealPathAndTheLinkStaysALink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.config"), file);
        CommitResult result = ConfigEditor.builder().build().apply(link, List.of(PROXY));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(file);
        assertThat(Files.readAllBytes(file)).isNotEqualTo(original);
        assertThat(result.backup().getFileName().toString()).startsWith(file.getFileName().toString());
    }

    /** rw-rw-rw- also shows bits the umask (usually 022) drops from new files are put back. */
    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw-rw-rw-"})
    void permissionsAreKeptAndBackupsAreNeverWider(String mode) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        CommitResult result = ConfigEditor.builder().build().apply(file, List.of(PROXY));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(result.backup()))).isEqualTo(mode);
        assertThat(Files.getOwner(file)).isEqualTo(Files.getOwner(result.backup()));
    }

    @Test
    void aLockedFileFailsFastOrWaits() throws Exception {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            Map<String, String> before = DirectorySnapshot.of(dir);
            AadcfgException error = Failures.thrown(Category.CONFLICT, () -> ConfigEditor.builder().build().apply(file, List.of(PROXY)));
            assertThat(error.code()).isEqualTo("locked");
            assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);

            CompletableFuture<CommitResult> waiting = CompletableFuture.supplyAsync(
                    () -> ConfigEditor.builder().lockWait(Duration.ofSeconds(10)).build().apply(file, List.of(PROXY)));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            lock.release();
            assertThat(waiting.get().status()).isEqualTo(Status.CHANGED);
        }
    }

    @Test
    void aFileChangedSinceThePlanIsNotOverwritten() throws IOException {
        ConfigEditor editor = ConfigEditor.builder().build();
        Plan plan = editor.plan(file, List.of(PROXY));
        Files.writeString(file, new String(original, java.nio.charset.StandardCharsets.UTF_8).replace("10", "20"));
        Map<String, String> before = DirectorySnapshot.of(dir);

        AadcfgException error = Failures.thrown(Category.CONFLICT, () -> editor.commit(plan));

        assertThat(error.code()).isEqualTo("changed-since-plan");
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void restoreLatestReturnsTheExactOriginalAndCanBeUndone() throws IOException {
        ConfigEditor editor = ConfigEditor.builder().build();
        editor.apply(file, List.of(PROXY, new EnableTracing()));
        byte[] edited = Files.readAllBytes(file);

        CommitResult restored = editor.restoreLatest(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(Files.readAllBytes(restored.backup())).isEqualTo(edited);
        assertThat(editor.restore(file, restored.backup()).status()).isEqualTo(Status.CHANGED);
        assertThat(Files.readAllBytes(file)).isEqualTo(edited);
    }

    @Test
    void restoreLatestUndoesTheLastEditAndRunAgainIsUnchanged() throws IOException {
        ConfigEditor editor = ConfigEditor.builder().build();
        editor.apply(file, List.of(PROXY));
        byte[] beforeLastEdit = Files.readAllBytes(file);
        editor.apply(file, List.of(new EnableTracing()));
        byte[] edited = Files.readAllBytes(file);

        CommitResult restored = editor.restoreLatest(file);
        assertThat(file).hasBinaryContent(beforeLastEdit);
        assertThat(restored.backup()).hasBinaryContent(edited);
        assertThat(restored.backup().getFileName().toString()).contains(".000003.pre-restore.");
        Map<String, String> afterFirst = DirectorySnapshot.of(dir);

        CommitResult again = editor.restoreLatest(file);

        assertThat(again.status()).isEqualTo(Status.UNCHANGED);
        assertThat(again.backup()).isNull();
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(afterFirst); // no new backup, file = pre-edit bytes
        assertThat(file).hasBinaryContent(beforeLastEdit);
    }

    @Test
    void undoRestorePutsBackWhatTheRestoreReplaced() throws IOException {
        ConfigEditor editor = ConfigEditor.builder().build();
        assertThat(Failures.thrown(Category.INPUT_UNAVAILABLE, () -> editor.undoRestore(file)).code())
                .isEqualTo("no-backup");
        editor.apply(file, List.of(PROXY));
        byte[] edited = Files.readAllBytes(file);
        editor.restoreLatest(file);

        CommitResult undone = editor.undoRestore(file);

        assertThat(undone.status()).isEqualTo(Status.CHANGED);
        assertThat(file).hasBinaryContent(edited);
        assertThat(undone.backup()).hasBinaryContent(original);
        assertThat(editor.backups(file)).extracting(Backup::kind).containsExactly(BackupKind.PRE_RESTORE,
                BackupKind.PRE_RESTORE, BackupKind.ORIGINAL);
        assertThat(editor.restoreLatest(file).status()).isEqualTo(Status.CHANGED); // the edit is undone again
        assertThat(file).hasBinaryContent(original);
    }

    @Test
    void restoreRepairsAFileBrokenByHandAndPreviewsIt() throws IOException {
        ConfigEditor editor = ConfigEditor.builder().build();
        editor.apply(file, List.of(PROXY));
        byte[] edited = Files.readAllBytes(file);
        String broken = "<configuration>\n  <appSettings>\n</configuration>\n"; // a hand edit gone wrong
        Files.writeString(file, broken);

        Plan preview = editor.planRestore(file, editor.backups(file).get(0).path());
        assertThat(preview.unifiedDiff()).contains("-  <appSettings>").contains("+<?xml");
        CommitResult restored = editor.restoreLatest(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(Files.readString(restored.backup())).isEqualTo(broken);
        assertThat(edited).isNotEqualTo(original);
    }

    @Test
    void aFileThatIsNotOneOfTheFilesBackupsIsRestoredOnlyWhenForced() throws IOException {
        ConfigEditor editor = ConfigEditor.builder().build();
        Path backup = editor.apply(file, List.of(PROXY)).backup();
        byte[] edited = Files.readAllBytes(file);
        Path misnamed = Files.copy(backup, dir.resolve("copy.bak"));
        Path elsewhere = Files.copy(backup, Files.createDirectory(dir.resolve("elsewhere")).resolve(backup.getFileName()));
        Path otherFiles = Files.copy(backup, dir.resolve(backup.getFileName().toString().replace(".exe.", ".")));
        Map<String, String> before = DirectorySnapshot.of(dir);

        for (Path notABackup : List.of(misnamed, elsewhere, otherFiles)) {
            AadcfgException restore = Failures.thrown(Category.INVALID_VALUE, () -> editor.restore(file, notABackup));
            AadcfgException preview = Failures.thrown(Category.INVALID_VALUE, () -> editor.planRestore(file, notABackup));

            assertThat(restore.code()).isEqualTo("not-a-backup");
            assertThat(preview.code()).isEqualTo("not-a-backup");
            assertThat(restore.reason()).startsWith(notABackup + " is not a backup of this file")
                    .contains("kept in " + dir.toRealPath()).contains("--force");
        }
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
        assertThat(ConfigEditor.builder().force(true).build().restore(file, misnamed).status())
                .isEqualTo(Status.CHANGED);
        assertThat(file).hasBinaryContent(original);
        assertThat(editor.restore(file, editor.latestPreRestoreBackup(file)).status()).isEqualTo(Status.CHANGED);
        assertThat(file).hasBinaryContent(edited);
    }

    @Test
    void noBackupToRestoreNamesTheDirectorySearched() throws IOException {
        Path backups = dir.resolve("backups");
        ConfigEditor editor = ConfigEditor.builder().backupDirectory(backups).build();

        AadcfgException latest = Failures.thrown(Category.INPUT_UNAVAILABLE, () -> editor.latestBackup(file));
        AadcfgException undo = Failures.thrown(Category.INPUT_UNAVAILABLE, () -> editor.undoRestore(file));

        Path searched = editor.backupDirectoryOf(file);
        assertThat(searched.toString()).isEqualTo(backups + dir.toRealPath().toString()); // mirrored under it
        assertThat(latest.reason()).contains("(looked in " + searched + ")");
        assertThat(undo.reason()).contains("(looked in " + searched + ")");
    }

    @Test
    void tracingOffRestoresTheSectionFromBeforeOnAndKeepsLaterChanges() throws IOException {
        ConfigEditor editor = ConfigEditor.builder().build();
        editor.apply(file, List.of(new EnableTracing()));
        editor.apply(file, List.of(PROXY));

        CommitResult off = editor.apply(file, List.of(RESTORE_TRACING));

        assertThat(off.status()).isEqualTo(Status.CHANGED);
        assertThat(off.plan().edits()).singleElement().asString()
                .startsWith("tracing disable: <system.diagnostics> as in the backup " + dir.toRealPath());
        assertThat(Files.readAllBytes(file))
                .isEqualTo(Files.readAllBytes(Testdata.ROOT.resolve("expected/agent.proxy-set.config")));
        assertThat(editor.apply(file, List.of(RESTORE_TRACING)).status())
                .isEqualTo(Status.UNCHANGED);
    }

    @Test
    void tracingOffWithoutABackupLowersTheLevel() throws IOException {
        Path verbose = Files.copy(Testdata.ROOT.resolve("variants/verbose-already.config"), dir.resolve("v.config"));
        ConfigEditor editor = ConfigEditor.builder().build();
        assertThat(Failures.thrown(Category.INPUT_UNAVAILABLE,
                () -> editor.apply(verbose, List.of(RESTORE_TRACING))).code()).isEqualTo("no-backup");

        CommitResult off = editor.apply(verbose, List.of(new DisableTracing(DisableTracing.Way.RESTORE_OR_LEVEL,
                "Warning")));

        assertThat(off.plan().edits()).singleElement().asString().startsWith("tracing disable: no backup without "
                + "verbose tracing (looked in " + dir.toRealPath() + "), so the text writer listener is removed");
        ConfigDocument after = ConfigDocument.read(verbose);
        assertThat(after.lint()).isEmpty();
        String text = Files.readString(verbose);
        assertThat(text).doesNotContain("textWriterListener").contains("initializeData=\"Warning\"");
    }

    @Test
    void temporariesLeftByAKilledRunAreSweptUnderTheLock() throws IOException {
        Path stale = Files.write(dir.resolve(".AADConnectProvisioningAgent.exe.config.aadcfg-0123456789abcdef.tmp"),
                new byte[] {1, 2});
        ConfigEditor.builder().build().apply(file, List.of(PROXY));
        assertThat(stale).doesNotExist();
    }
}

package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.report.Backup;
import io.github.aadcfg.core.report.BackupKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup store lists each directory once per editor (not once per file): what a killed run left is still
 * swept, retention still keeps exactly the newest backups, and a stale listing never makes it delete a backup
 * that should be kept. Backups are ordered by the sequence in which they were made, never by the clock, and a
 * file's original is kept apart from the rotation.
 */
class BackupStoreTest {
    private static final Path SAMPLE = Path.of("..", "testdata", "agent", "AADConnectProvisioningAgent.exe.config");
    private static final String HEX = "0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void leftoversOfKilledRunsAreSweptForEveryFileOfADirectoryListedOnce() throws IOException {
        ConfigEditor editor = ConfigEditor.builder().build();
        List<Path> files = List.of(copy("a.config"), copy("b.config"), copy("c.config"));
        for (Path file : files) {
            String name = file.getFileName().toString();
            Files.writeString(dir.resolve("." + name + ".aadcfg-" + HEX + ".tmp"), "left by a killed run");
            Files.writeString(dir.resolve("." + name + ".20250101T000000.000Z.bak.aadcfg-" + HEX + ".tmp"),
                    "left by a killed run");
        }
        Path others = Files.writeString(dir.resolve(".a.config.old.config.aadcfg-" + HEX + ".tmp"), "being written");

        for (Path file : files) { // the first commit lists the directory; the later ones use that listing
            assertThat(editor.apply(file, List.of(proxy(1))).status()).isEqualTo(Status.CHANGED);
        }

        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
                    .containsExactly(others.getFileName().toString());
        }
    }

    @Test
    void retentionKeepsTheNewestAlsoOfBackupsMadeBeforeTheListing() throws IOException {
        Path file = copy("a.config");
        for (int i = 1; i <= 4; i++) { // older backups, from earlier runs
            Files.copy(SAMPLE, dir.resolve("a.config.2025010" + i + "T000000.000Z.bak"));
        }
        Files.createDirectory(dir.resolve("a.config.20240101T000000.000Z.bak")); // not a backup: a directory
        ConfigEditor editor = ConfigEditor.builder().keepBackups(3).clock(ticking()).build();

        for (int i = 1; i <= 5; i++) {
            assertThat(editor.apply(file, List.of(proxy(i))).status()).isEqualTo(Status.CHANGED);
        }

        // the first backup made is the original: kept besides the newest three
        assertThat(editor.backups(file)).extracting(b -> b.path().getFileName().toString()).containsExactly(
                "a.config.000005.edit.20261125T100005.000Z.bak", "a.config.000004.edit.20261125T100004.000Z.bak",
                "a.config.000003.edit.20261125T100003.000Z.bak", "a.config.000001.original.20261125T100001.000Z.bak");
        assertThat(dir.resolve("a.config.20240101T000000.000Z.bak")).isDirectory();
    }

    @Test
    void backupsAnotherRunMadeAfterTheListingAreNeverPrunedWrongly() throws IOException {
        Path file = copy("a.config");
        Path other = copy("b.config");
        ConfigEditor editor = ConfigEditor.builder().keepBackups(2).clock(ticking()).build();
        editor.apply(other, List.of(proxy(1))); // lists the directory
        ConfigEditor anotherRun = ConfigEditor.builder().keepBackups(2).clock(ticking(Duration.ofHours(1))).build();
        anotherRun.apply(file, List.of(proxy(1)));
        anotherRun.apply(file, List.of(proxy(2)));

        editor.apply(file, List.of(proxy(3)));
        editor.apply(file, List.of(proxy(4)));

        // the file changed since the listing: it is listed again, so the sequence continues after the other
        // run's backups (even though this run's clock is an hour behind) and retention is exact
        assertThat(editor.backups(file)).extracting(b -> b.path().getFileName().toString()).containsExactly(
                "a.config.000004.edit.20261125T100003.000Z.bak", "a.config.000003.edit.20261125T100002.000Z.bak",
                "a.config.000001.original.20261125T110001.000Z.bak");
        ConfigEditor nextRun = ConfigEditor.builder().keepBackups(2).clock(ticking(Duration.ofHours(2))).build();
        nextRun.apply(file, List.of(proxy(5)));
        assertThat(nextRun.backups(file)).extracting(b -> b.path().getFileName().toString()).containsExactly(
                "a.config.000005.edit.20261125T120001.000Z.bak", "a.config.000004.edit.20261125T100003.000Z.bak",
                "a.config.000001.original.20261125T110001.000Z.bak");
    }

    @Test
    void futureDatedBackupsNeverMakeTheNewBackupTheOneThatIsPruned() throws IOException {
        Path file = copy("a.config");
        for (int i = 1; i <= 3; i++) { // taken when the clock was years ahead
            Files.copy(SAMPLE, dir.resolve("a.config.2099010" + i + "T000000.000Z.bak"));
        }
        ConfigEditor editor = ConfigEditor.builder().keepBackups(3).clock(ticking()).build();
        byte[] beforeFirst = Files.readAllBytes(file);
        CommitResult first = editor.apply(file, List.of(proxy(1)));
        byte[] beforeSecond = Files.readAllBytes(file);
        CommitResult second = editor.apply(file, List.of(proxy(2)));

        assertThat(first.backup()).hasBinaryContent(beforeFirst);
        assertThat(second.backup()).hasBinaryContent(beforeSecond);
        assertThat(editor.latestBackup(file)).isEqualTo(second.backup());
        assertThat(editor.backups(file)).extracting(b -> b.path().getFileName().toString()).containsExactly(
                "a.config.000002.edit.20261125T100002.000Z.bak", "a.config.000001.original.20261125T100001.000Z.bak",
                "a.config.20990103T000000.000Z.bak", "a.config.20990102T000000.000Z.bak");

        editor.restoreLatest(file);
        assertThat(file).hasBinaryContent(beforeSecond);
    }

    @Test
    void aClockThatJumpsForwardThenBackChangesNothingInWhatIsKept() throws IOException {
        Path file = copy("a.config");
        Clock jumping = readings("2026-11-25T10:00:00Z", "2031-01-01T00:00:00Z", "2031-01-02T00:00:00Z",
                "2020-01-01T00:00:00Z", "2020-01-02T00:00:00Z", "2026-11-25T10:05:00Z");
        ConfigEditor editor = ConfigEditor.builder().keepBackups(3).clock(jumping).build();
        List<byte[]> before = new ArrayList<>();
        List<Path> made = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            before.add(Files.readAllBytes(file));
            made.add(editor.apply(file, List.of(proxy(i))).backup());
        }

        List<Backup> kept = editor.backups(file); // most recently made first, whatever the clock said
        assertThat(kept).extracting(Backup::path).containsExactly(made.get(5), made.get(4), made.get(3), made.get(0));
        assertThat(kept).extracting(Backup::kind).containsExactly(BackupKind.EDIT, BackupKind.EDIT, BackupKind.EDIT,
                BackupKind.ORIGINAL);
        assertThat(made.get(5)).hasBinaryContent(before.get(5));
        assertThat(made.get(4)).hasBinaryContent(before.get(4));
        assertThat(made.get(3)).hasBinaryContent(before.get(3));
        assertThat(made.get(0)).hasBinaryContent(Files.readAllBytes(SAMPLE));
        assertThat(made.get(3).getFileName().toString()).isEqualTo("a.config.000004.edit.20200101T000000.000Z.bak");
    }

    @Test
    void theOriginalIsNeverPrunedAndNotCountedInKeep() throws IOException {
        Path file = copy("a.config");
        ConfigEditor editor = ConfigEditor.builder().keepBackups(3).build();
        byte[] last = null;
        for (int i = 1; i <= 20; i++) {
            last = Files.readAllBytes(file);
            editor.apply(file, List.of(proxy(i)));
        }

        List<Backup> kept = editor.backups(file);
        assertThat(kept).extracting(Backup::sequence).containsExactly(20L, 19L, 18L, 1L);
        assertThat(kept.get(3).kind()).isEqualTo(BackupKind.ORIGINAL);
        assertThat(kept.get(3).path()).hasBinaryContent(Files.readAllBytes(SAMPLE));
        assertThat(kept.get(0).path()).hasBinaryContent(last);
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries).hasSize(5); // the file, its original and three backups
        }
    }

    @Test
    void aNumberedNameWrittenByHandIsOrderedByItsNumberAndTheNextBackupFollowsIt() throws IOException {
        Path file = copy("a.config");
        Path byHand = Files.copy(SAMPLE, dir.resolve("a.config.7.edit.20250101T000000.000Z.bak"));
        Files.copy(SAMPLE, dir.resolve("a.config.20251301T000000.000Z.bak")); // month 13: not a backup name
        ConfigEditor editor = ConfigEditor.builder().keepBackups(1).clock(ticking()).build();

        CommitResult result = editor.apply(file, List.of(proxy(1)));
        editor.apply(file, List.of(proxy(2)));

        assertThat(result.backup().getFileName().toString()).isEqualTo("a.config.000008.original.20261125T100001.000Z.bak");
        assertThat(byHand).doesNotExist(); // pruned: keep 1 besides the original
        assertThat(editor.backups(file)).extracting(Backup::sequence).containsExactly(9L, 8L);
        assertThat(dir.resolve("a.config.20251301T000000.000Z.bak")).exists();
    }

    private Path copy(String name) throws IOException {
        return Files.copy(SAMPLE, dir.resolve(name));
    }

    private static io.github.aadcfg.core.edits.ConfigEdit proxy(int n) {
        return new SetProxy(ProxySettings.of("http://proxy" + n + ".contoso.com:8080"));
    }

    private static Clock ticking() {
        return ticking(Duration.ZERO);
    }

    /** A clock that starts at 2026-11-25T10:00:00Z plus {@code offset} and advances a second per reading. */
    private static Clock ticking(Duration offset) {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T10:00:00Z").plus(offset));
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.updateAndGet(t -> t.plusSeconds(1));
            }
        };
    }
    /** A clock that reads {@code instants} in turn, one per backup. */
    private static Clock readings(String... instants) {
        Iterator<String> next = Arrays.asList(instants).iterator();
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.parse(next.next());
            }
        };
    }
}

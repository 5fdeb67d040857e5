package io.github.aadcfg.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.AgentEdits;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.agent.ProxySettings;

/**
 * The backup store lists each directory once per editor (not once per file): what a killed run left is still
 * swept, retention still keeps exactly the newest backups, and a stale listing never makes it delete a backup
 * that should be kept.
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

        assertThat(editor.backups(file)).extracting(b -> b.path().getFileName().toString()).containsExactly(
                "a.config.20261125T100005.000Z.bak", "a.config.20261125T100004.000Z.bak",
                "a.config.20261125T100003.000Z.bak");
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

        // the listing predates the other run's backups: they may be kept longer, but the newest two never go
        List<String> kept = editor.backups(file).stream().map(b -> b.path().getFileName().toString()).toList();
        assertThat(kept).hasSizeBetween(2, 4).contains("a.config.20261125T110002.000Z.bak");
        assertThat(kept.get(0)).isEqualTo("a.config.20261125T110002.000Z.bak");
        // a fresh editor (the next run) lists again and prunes exactly
        ConfigEditor nextRun = ConfigEditor.builder().keepBackups(2).clock(ticking(Duration.ofHours(2))).build();
        nextRun.apply(file, List.of(proxy(5)));
        assertThat(nextRun.backups(file)).extracting(b -> b.path().getFileName().toString())
                .containsExactly("a.config.20261125T120001.000Z.bak", "a.config.20261125T110002.000Z.bak");
    }

    private Path copy(String name) throws IOException {
        return Files.copy(SAMPLE, dir.resolve(name));
    }

    private static io.github.aadcfg.core.ConfigEdit proxy(int n) {
        return AgentEdits.setProxy(ProxySettings.of("http://proxy" + n + ".contoso.com:8080"));
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
}

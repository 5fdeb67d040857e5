package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.Testdata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent writers: in each round, eight separate {@code aadcfg appsetting set} processes, started
 * together, each set their own key on the same file. Each one either succeeds or exits 75 because another
 * holds the lock; each of those succeeds when rerun with {@code --wait 30}. After every round all eight
 * keys hold that round's values (no lost update) and the file is well-formed; at the end there is exactly
 * one backup per successful run, each well-formed, and nothing else. That a writer is locked out at all is
 * shown deterministically first: while the test holds the lock, a run exits 75 and one with {@code --wait}
 * waits, then edits.
 */
class ConcurrentWritersIT {
    private static final int WRITERS = 8;
    private static final int ROUNDS = 20;
    @TempDir
    Path dir;

    @Test
    void aWriterIsLockedOutWhileAnotherHoldsTheLockAndWaitsForItWithWait() throws IOException {
        Path file = SmallConfig.write(dir);
        byte[] original = Files.readAllBytes(file);
        Cli.Result refused;
        Cli.Running waiting;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            refused = Cli.start(List.of(), "appsetting", "set", "--json", "KEY", "locked-out", file.toString())
                    .finish();
            waiting = Cli.start(List.of(), "appsetting", "set", "--json", "--wait", "30", "KEY", "waited",
                    file.toString());
            assertThat(waiting.process().isAlive()).as("waits while the lock is held").isTrue();
        }
        Cli.Result waited = waiting.finish();

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(75);
        assertThat(error(refused).get("code").getAsString()).isEqualTo("locked");
        requireChanged(waited);
        assertThat(Files.readAllBytes(Path.of(waited.json().get(0).get("backup").getAsString())))
                .as("the locked-out run wrote nothing: the waiting run backed up the original").isEqualTo(original);
        assertThat(appSettings(file)).containsEntry("KEY", "waited");
        assertThat(otherFiles(file)).as("one backup, nothing else").hasSize(1);
    }

    @Test
    void everyKeyLandsWhetherItsWriterGotTheLockOrWaitedForIt() throws IOException {
        Path file = SmallConfig.write(dir);
        int succeeded = 0;
        int locked = 0;
        long started = System.nanoTime();
        for (int round = 1; round <= ROUNDS; round++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                values.put("KEY_" + writer, "round" + round + "-value" + writer);
            }
            List<String> losers = new ArrayList<>();
            Map<String, Cli.Result> results = runTogether(file, values, List.of());
            results.forEach((key, result) -> {
                if (result.exitCode() == 75) {
                    assertThat(error(result).get("code").getAsString()).as(result.toString()).isEqualTo("locked");
                    losers.add(key);
                } else {
                    requireChanged(result);
                }
            });
            Map<String, String> retried = new LinkedHashMap<>();
            losers.forEach(key -> retried.put(key, values.get(key)));
            runTogether(file, retried, List.of("--wait", "30")).values().forEach(ConcurrentWritersIT::requireChanged);
            assertThat(appSettings(file)).as("round %d", round).containsAllEntriesOf(values);
            succeeded += WRITERS - losers.size();
            locked += losers.size();
            System.out.printf("  round %2d: %d succeeded at once, %d exited 75 and succeeded with --wait 30%n", round,
                    WRITERS - losers.size(), losers.size());
        }
        List<Path> backups = otherFiles(file);
        assertThat(backups).as("one backup per change, nothing else")
                .hasSize(WRITERS * ROUNDS).allMatch(b -> b.getFileName().toString().endsWith(".bak"));
        for (Path backup : backups) {
            ConfigDocument.parse(backup, Files.readAllBytes(backup)).requireDotNetConfig();
        }
        System.out.printf("concurrent writers: %d rounds of %d processes in %d s: %d succeeded at once, %d exited 75 "
                + "and succeeded with --wait 30; %d backups, all well-formed%n", ROUNDS, WRITERS,
                (System.nanoTime() - started) / 1_000_000_000L, succeeded, locked, backups.size());
    }

    /** Starts one {@code appsetting set} process per key, all before waiting for any; returns their results. */
    private static Map<String, Cli.Result> runTogether(Path file, Map<String, String> values, List<String> options) {
        Map<String, Cli.Running> running = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            List<String> args = new ArrayList<>(List.of("appsetting", "set", "--json", "--keep", "1000"));
            args.addAll(options);
            args.addAll(List.of(key, value, file.toString()));
            running.put(key, Cli.start(List.of(), args.toArray(String[]::new)));
        });
        Map<String, Cli.Result> results = new LinkedHashMap<>();
        running.forEach((key, run) -> results.put(key, run.finish()));
        return results;
    }

    private static void requireChanged(Cli.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.json().get(0).get("status").getAsString()).isEqualTo("changed");
    }

    private static JsonObject error(Cli.Result result) {
        return result.json().get(0).getAsJsonObject("error");
    }

    /** The {@code appSettings} entries of a well-formed config file; fails on a key set twice. */
    private static Map<String, String> appSettings(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ConfigDocument.parse(file, bytes).requireDotNetConfig();
        Element root = Testdata.parse(file, bytes).root();
        Map<String, String> settings = new LinkedHashMap<>();
        for (Element add : root.element("appSettings").elements("add")) {
            assertThat(settings.put(add.attributeValue("key"), add.attributeValue("value")))
                    .as("key %s set twice", add.attributeValue("key")).isNull();
        }
        return settings;
    }

    private static List<Path> otherFiles(Path file) throws IOException {
        try (Stream<Path> entries = Files.list(file.getParent())) {
            return entries.filter(entry -> !entry.equals(file)).sorted().toList();
        }
    }
}

package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.core.Coverage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 during writes: the real CLI patches a batch of copies of every variant and is SIGKILLed at random
 * moments. After each kill every copy holds its original or its fully patched bytes and parses, every
 * patched copy has a backup equal to its original, and nothing else is in the directory but aadcfg's
 * temporary files. The next run is the rerun: it reports the copies patched earlier as {@code unchanged}
 * without a new backup, patches the rest and sweeps the temporary files it meets. Runs that finish before
 * their kill must leave every copy patched and no temporary file; then a fresh batch starts.
 *
 * <p>{@code -Daadcfg.kills=N} sets the number of kills (50; 1,000 with {@code -Pstress});
 * {@code -Daadcfg.kill.seed=S} replays the random choices of a printed seed.
 *
 * <p>Coverage: M is the runs started, N the runs killed mid-batch after which every copy was checked
 * (original or the pinned patched bytes, backups, rerun report); the floor is the number of kills asked for.
 */
@EnabledOnOs(OS.LINUX)
class KillDuringWritesIT {
    private static final int KILLS = Integer.getInteger("aadcfg.kills", 50);
    private static final String ADDRESS = Variants.PINNED_ADDRESS;
    /** Copies of each of the 29 variants: 203 files. */
    private static final int COPIES = 7;
    /**
     * The kill comes within this many milliseconds after the run reported its first change, so that it lands
     * in the write phase (a few files' worth of locking, backing up and replacing), not in JVM start-up or
     * among the copies patched earlier, where nothing is written.
     */
    private static final int MAX_DELAY_MILLIS = 300;

    @TempDir
    Path dir;

    private final Set<String> parsed = new HashSet<>();

    @Test
    void everyFileIsOriginalOrPatchedAfterEveryKillAndTheRerunFinishesTheRest() throws InterruptedException {
        Coverage coverage = new Coverage("kill rounds", KILLS);
        long seed = Long.getLong("aadcfg.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.printf("kill -9 during writes: %d kills, seed %d (replay: -Daadcfg.kill.seed=%d)%n", KILLS, seed, seed);
        Variants variants = Variants.pinnedProxySet();
        int batches = 1;
        CopyBatch batch = CopyBatch.create(dir.resolve("batch-1"), variants, COPIES);
        BatchState state = BatchState.inspect(batch, parsed);
        int kills = 0;
        int swept = 0;
        int maxTemporaries = 0;
        Set<Path> doubleBackups = new HashSet<>();
        long started = System.nanoTime();
        while (kills < KILLS) {
            int jobs = 1 + random.nextInt(2);
            int delay = random.nextInt(MAX_DELAY_MILLIS);
            Cli.Running run = start(batch, jobs);
            coverage.attempted();
            boolean finished = !awaitFirstChange(run) || run.process().waitFor(delay, TimeUnit.MILLISECONDS);
            Cli.Result result = finished ? run.finish() : run.kill();
            BatchState after = BatchState.inspect(batch, parsed);
            checkRerun(batch, state, after, result);
            swept += (int) state.temporary().stream().filter(temp -> !after.temporary().contains(temp)).count();
            maxTemporaries = Math.max(maxTemporaries, after.temporary().size());
            noteDoubleBackups(after, doubleBackups);
            if (finished) {
                checkComplete(batch, after, result);
                System.out.printf("  batch %d finished by a run (jobs %d): %d patched%n", batches, jobs,
                        after.patched().size());
                batch = CopyBatch.create(dir.resolve("batch-" + ++batches), variants, COPIES);
                state = BatchState.inspect(batch, parsed);
                continue;
            }
            kills++;
            coverage.reached();
            System.out.printf("  kill %d: jobs %d, %3d ms after the first change: %3d original, %3d patched, "
                    + "%d temporary left%n", kills, jobs, delay, after.original().size(), after.patched().size(),
                    after.temporary().size());
            state = after;
        }
        Cli.Result rerun = start(batch, 1).finish();
        BatchState done = BatchState.inspect(batch, parsed);
        checkRerun(batch, state, done, rerun);
        checkComplete(batch, done, rerun);
        noteDoubleBackups(done, doubleBackups);
        swept += state.temporary().size();
        long changed = reports(rerun.out()).values().stream()
                .filter(report -> report.get("status").getAsString().equals("changed")).count();
        System.out.printf("kill -9 during writes: %d kills over %d batches of %d files in %d s; %d temporary files "
                + "swept by reruns (at most %d at once); copies with two backups (killed between backup and replace): %d; "
                + "final rerun: %d changed, %d unchanged%n", kills, batches, batch.files().size(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), swept, maxTemporaries, doubleBackups.size(),
                changed, batch.files().size() - changed);
        coverage.report();
    }

    /** Adds the copies with more than one backup: a kill came after the backup and before the replace. */
    private static void noteDoubleBackups(BatchState state, Set<Path> copies) {
        state.backups().forEach((file, backups) -> {
            if (backups.size() > 1) {
                copies.add(file);
            }
        });
    }

    private static Cli.Running start(CopyBatch batch, int jobs) {
        return Cli.start(List.of(), "proxy", "set", "--address", ADDRESS, "--json", "--jobs", String.valueOf(jobs),
                "--files-from", batch.list().toString());
    }

    /** Waits until the run reported its first change (true) or ended (false). */
    private static boolean awaitFirstChange(Cli.Running run) throws InterruptedException {
        try {
            while (!Files.readString(run.out()).contains("\"status\":\"changed\"")) {
                if (!run.process().isAlive()) {
                    return false;
                }
                Thread.sleep(2);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a run reported must agree with the files: copies patched before it are {@code unchanged} and keep
     * exactly their backups; copies it reports {@code changed} are patched now, with the backup it names.
     */
    private static void checkRerun(CopyBatch batch, BatchState before, BatchState after, Cli.Result result) {
        for (Path file : before.patched()) {
            assertThat(after.patched()).as("a patched copy stays patched").contains(file);
            assertThat(after.backupsOf(file)).as("no new backup for %s, already patched", file)
                    .isEqualTo(before.backupsOf(file));
        }
        for (Map.Entry<Path, JsonObject> report : reports(result.out()).entrySet()) {
            Path file = report.getKey();
            String status = report.getValue().get("status").getAsString();
            if (before.patched().contains(file) || Arrays.equals(batch.original(file), batch.patched(file))) {
                assertThat(status).as("%s was patched before this run%n%s", file, result).isEqualTo("unchanged");
            } else {
                assertThat(status).as("%s%n%s", file, result).isEqualTo("changed");
                assertThat(after.patched()).contains(file);
                assertThat(after.backupsOf(file)).contains(Path.of(report.getValue().get("backup").getAsString()));
            }
        }
    }

    /** A run that ended by itself: exit 0, every copy patched, no temporary file left. */
    private static void checkComplete(CopyBatch batch, BatchState state, Cli.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(reports(result.out())).as("one report per copy").hasSize(batch.files().size());
        assertThat(state.patched().size() + unchangedVariants(batch)).isEqualTo(batch.files().size());
        assertThat(state.temporary()).as("temporary files after a complete run").isEmpty();
    }

    private static long unchangedVariants(CopyBatch batch) {
        return batch.files().stream().filter(f -> Arrays.equals(batch.original(f), batch.patched(f))).count();
    }

    /**
     * The complete JSON lines of a run's files (not its summary) by file; a line cut off by the kill is
     * ignored.
     */
    private static Map<Path, JsonObject> reports(String out) {
        Map<Path, JsonObject> reports = new LinkedHashMap<>();
        int end = out.lastIndexOf('\n');
        for (String line : out.substring(0, end + 1).split("\n")) {
            if (!line.isEmpty()) {
                JsonObject report = JsonParser.parseString(line).getAsJsonObject();
                if (report.get("type").getAsString().equals("file")) {
                    reports.put(Path.of(report.get("file").getAsString()), report);
                }
            }
        }
        return reports;
    }
}

package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.report.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a batch: the real CLI patches 203 copies of the variants one file at a time
 * (each is locked, backed up, fsynced and replaced) and gets the signal once it reported its first change. It
 * must finish the files it started, print the result of every file it handled, say {@code interrupted after N of
 * M files} and exit 130; every copy is then untouched or fully patched with a verified backup, exactly as
 * reported, and no temporary file is left. Without the handling the JVM exits at once (130 on SIGINT, 143 on
 * SIGTERM) without that line.
 */
@EnabledOnOs(OS.LINUX)
class InterruptedBatchIT {
    /** Copies of each of the 29 variants: enough files that the batch is far from done when the signal comes. */
    private static final int COPIES = 7;
    private static final Pattern CHANGED_LINE = Pattern.compile("(.+): changed \\(backup: (.+)\\)");
    private static final Pattern INTERRUPTED = Pattern.compile("aadcfg: interrupted after (\\d+) of (\\d+) files");

    @TempDir
    Path dir;

    private final Set<String> parsed = new HashSet<>();

    @ParameterizedTest(name = "SIG{0}, --json {1}, --jobs {2}")
    @CsvSource({"INT, false, 1", "TERM, true, 1", "INT, true, 2", "TERM, false, 2"})
    void theFilesStartedAreFinishedAndReportedAndTheRestIsUntouched(String signal, boolean json, int jobs)
            throws Exception {
        CopyBatch batch = CopyBatch.create(dir.resolve("batch"), Variants.pinnedProxySet(), COPIES);
        List<String> args = new ArrayList<>(List.of("proxy", "set", "--address", Variants.PINNED_ADDRESS,
                "--jobs", String.valueOf(jobs), "--files-from", batch.list().toString()));
        if (json) {
            args.add("--json");
        }
        // a shell runs a background command with SIGINT ignored, which the JVM keeps: reset both to the default
        Cli.Running run = Cli.start(List.of("env", "--default-signal=INT,TERM"), List.of(), args.toArray(String[]::new));

        awaitFirstChange(run, json);
        Process kill = new ProcessBuilder("kill", "-s", signal, String.valueOf(run.process().pid())).start();
        assertThat(kill.waitFor()).isZero();
        Cli.Result result = run.finish();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.INTERRUPTED);
        Matcher interrupted = INTERRUPTED.matcher(result.err());
        assertThat(interrupted.find()).as(result.toString()).isTrue();
        int handled = Integer.parseInt(interrupted.group(1));
        assertThat(Integer.parseInt(interrupted.group(2))).isEqualTo(batch.files().size());
        assertThat(handled).as("stopped before the end").isBetween(1, batch.files().size() - 1);

        Map<Path, Path> changed = json ? changedInJson(result, handled) : changedInHumanOutput(result, handled);
        BatchState state = BatchState.inspect(batch, parsed); // each copy is its original or patched, parses
        assertThat(state.patched()).as("the copies patched are exactly those reported changed")
                .containsExactlyInAnyOrderElementsOf(changed.keySet());
        changed.forEach((file, backup) -> assertThat(state.backupsOf(file)).as("verified backup of %s", file)
                .containsExactly(backup));
        assertThat(state.temporary()).as("temporary files: every file started was finished").isEmpty();
    }

    @Test
    void theHelpListsExitCode130() {
        Cli.Result help = Cli.run("proxy", "set", "--help");

        assertThat(help.out()).contains("130   interrupted (Ctrl-C, SIGTERM)");
    }

    /** The human output: one line per file handled (with its findings indented below it), then the summary. */
    private static Map<Path, Path> changedInHumanOutput(Cli.Result result, int handled) {
        List<String> lines = result.out().lines().filter(line -> !line.startsWith("  ")).toList();
        assertThat(lines).as("a line per file handled, then the summary").hasSize(handled + 1);
        assertThat(lines.get(handled)).startsWith(handled + " files: ");
        Map<Path, Path> changed = new LinkedHashMap<>();
        for (String line : lines.subList(0, handled)) {
            Matcher m = CHANGED_LINE.matcher(line);
            if (m.matches()) {
                changed.put(Path.of(m.group(1)), Path.of(m.group(2)));
            } else {
                assertThat(line).as("a copy already as patched").endsWith(": unchanged");
            }
        }
        return changed;
    }

    /** The JSON output: one object per file handled, then the summary, which says it was interrupted. */
    private static Map<Path, Path> changedInJson(Cli.Result result, int handled) {
        List<JsonObject> objects = result.json();
        assertThat(objects).as("an object per file handled").hasSize(handled);
        JsonObject last = result.summary();
        assertThat(last.get("file").isJsonNull()).isTrue();
        assertThat(last.get("status").getAsString()).isEqualTo("interrupted");
        assertThat(last.get("exitCode").getAsInt()).isEqualTo(130);
        assertThat(last.get("files").getAsInt()).isEqualTo(handled);
        assertThat(last.get("message").getAsString())
                .isEqualTo(INTERRUPTED.matcher(result.err()).results().findFirst().orElseThrow().group()
                        .substring("aadcfg: ".length()));
        Map<Path, Path> changed = new LinkedHashMap<>();
        for (JsonObject report : objects.subList(0, handled)) {
            String status = report.get("status").getAsString();
            if (status.equals("changed")) {
                changed.put(Path.of(report.get("file").getAsString()), Path.of(report.get("backup").getAsString()));
            } else {
                assertThat(status).as("a copy already as patched").isEqualTo("unchanged");
            }
        }
        return changed;
    }

    /** Waits until the run reported its first change; fails when it ends before. */
    private static void awaitFirstChange(Cli.Running run, boolean json) throws InterruptedException {
        String change = json ? "\"status\":\"changed\"" : ": changed (backup: ";
        try {
            while (!Files.readString(run.out()).contains(change)) {
                if (!run.process().isAlive()) {
                    throw new AssertionError("the run ended before its first change: " + run.finish());
                }
                Thread.sleep(2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

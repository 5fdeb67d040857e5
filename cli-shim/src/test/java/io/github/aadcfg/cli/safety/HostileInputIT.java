package io.github.aadcfg.cli.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonObject;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.core.ConfigDocument;

/**
 * The hostile-input corpus: every row of the table in {@code testdata/hostile/README.md} through the real
 * CLI, with its exit code and message, the file and its directory unchanged, bounded time and memory, no
 * file read or connection made on the input's behalf. See that README for what is asserted.
 */
@EnabledOnOs(OS.LINUX)
class HostileInputIT {
    private static final List<HostileCase> TABLE = HostileCase.readTable(HostileFiles.DIRECTORY.resolve("README.md"));
    /** Cases that are situations, not files: each has its own test below. */
    private static final Set<String> SCENARIOS = Set.of("changed-during-edit", "changed-while-waiting-for-the-lock");
    private static final List<String> JVM = List.of("-Xmx256m");
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    private static final String ADDRESS = "http://p:8080";
    /** Not cases: the README and the script that writes the committed cases. */
    private static final Set<String> NOT_CASES = Set.of("README.md", "make-hostile.py");

    @TempDir
    static Path trapDirectory;

    private static Traps traps;
    private static final Map<String, Long> MILLIS = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void setTraps() {
        traps = Traps.set(trapDirectory);
    }

    @AfterAll
    static void nothingWasFollowed() throws IOException {
        try {
            assertThat(traps.connections()).as("connections to the trap port").isZero();
            if (traps.readsVisible()) {
                assertThat(traps.secretWasRead()).as("the secret file was read").isFalse();
            }
            String slowest = MILLIS.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> e.getKey() + " (" + e.getValue() + " ms)").orElse("-");
            System.out.printf("hostile input: %d cases run through proxy set (slowest: %s); connections to the trap "
                    + "port: %d; secret file read: %s%n", MILLIS.size(), slowest, traps.connections(),
                    traps.readsVisible() ? traps.secretWasRead() : "unknown, this file system does not record reads");
        } finally {
            traps.close();
        }
    }

    static Stream<HostileCase> fileCases() {
        return TABLE.stream().filter(hostile -> !SCENARIOS.contains(hostile.name()));
    }

    @Test
    void theTableListsEveryCommittedFileAndEveryCaseTheTestCanMake() throws IOException {
        Set<String> committed = new TreeSet<>();
        try (Stream<Path> files = Files.list(HostileFiles.DIRECTORY)) {
            files.map(f -> f.getFileName().toString()).filter(name -> !NOT_CASES.contains(name)).forEach(committed::add);
        }
        Set<String> runtime = new TreeSet<>(HostileFiles.runtimeNames());
        runtime.addAll(SCENARIOS);
        Set<String> names = new HashSet<>();

        assertThat(TABLE).hasSizeGreaterThanOrEqualTo(40).allMatch(row -> names.add(row.name()), "names are unique");
        assertThat(TABLE.stream().filter(HostileCase::committed).map(HostileCase::name))
                .containsExactlyInAnyOrderElementsOf(committed);
        assertThat(TABLE.stream().filter(row -> !row.committed()).map(HostileCase::name))
                .containsExactlyInAnyOrderElementsOf(runtime);
        assertThat(TABLE).filteredOn(row -> row.lint() == HostileCase.Lint.NONE).extracting(HostileCase::name)
                .containsExactlyInAnyOrderElementsOf(SCENARIOS);
        System.out.printf("hostile input: %d cases, %d committed, %d made at run time%n", TABLE.size(), committed.size(),
                runtime.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileCases")
    void proxySetGivesTheExpectedOutcomeAndTouchesNothingElse(HostileCase hostile) throws IOException {
        Path caseDirectory = Files.createDirectory(dir.resolve("case"));
        Path file = new HostileFiles(traps).make(hostile, caseDirectory);
        Map<String, String> before = DirectoryState.of(caseDirectory);
        byte[] original = Files.isRegularFile(file) && Files.isReadable(file) ? Files.readAllBytes(file) : null;

        long started = System.nanoTime();
        Cli.Result result = Cli.start(JVM, "proxy", "set", "--address", ADDRESS, "--json", file.toString())
                .finish(TIME_LIMIT);
        long millis = (System.nanoTime() - started) / 1_000_000;
        MILLIS.put(hostile.name(), millis);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(hostile.exitCode());
        JsonObject report = result.json().get(0);
        if (hostile.exitCode() == 0) {
            assertThat(report.get("status").getAsString()).as(result.toString()).isEqualTo(hostile.fragment());
        } else {
            assertThat(report.getAsJsonObject("error").get("message").getAsString()).contains(hostile.fragment());
        }
        assertThat(result.out() + result.err()).doesNotContain(traps.secretContent());
        assertThat(traps.connections()).as("connections to the trap port").isZero();
        Map<String, String> after = DirectoryState.of(caseDirectory);
        if (hostile.fragment().equals("changed")) {
            requireOneVerifiedChange(caseDirectory, file, original, before, after, report);
        } else {
            assertThat(after).as("the case's directory, entry by entry").isEqualTo(before);
        }
        System.out.printf("  %s: exit %d in %d ms%n", hostile.name(), result.exitCode(), millis);
    }

    /** A changed file: one new entry, the backup, equal to the original; the file parses and has the proxy. */
    private static void requireOneVerifiedChange(Path directory, Path file, byte[] original, Map<String, String> before,
            Map<String, String> after, JsonObject report) throws IOException {
        Path backup = Path.of(report.get("backup").getAsString());
        Map<String, String> expected = new LinkedHashMap<>(before);
        expected.remove(directory.relativize(file).toString());
        Map<String, String> rest = new LinkedHashMap<>(after);
        rest.remove(directory.relativize(file).toString());
        rest.remove(directory.relativize(backup).toString());
        assertThat(rest).as("nothing but the file and its backup changed").isEqualTo(expected);
        assertThat(Files.readAllBytes(backup)).isEqualTo(original);
        byte[] edited = Files.readAllBytes(file);
        assertThat(ConfigDocument.parse(file, edited).proxy()).hasValueSatisfying(
                proxy -> assertThat(proxy.address()).isEqualTo(ADDRESS));
    }

    @Test
    void lintAgreesWithTheTable() throws IOException {
        HostileFiles files = new HostileFiles(traps);
        Map<Path, HostileCase> targets = new LinkedHashMap<>();
        fileCases().forEach(hostile -> targets.put(files.make(hostile, directory(hostile)), hostile));
        Map<String, String> before = DirectoryState.of(dir);
        List<String> args = new ArrayList<>(List.of("lint", "--json"));
        targets.keySet().forEach(target -> args.add(target.toString()));

        Cli.Result result = Cli.start(JVM, args.toArray(String[]::new)).finish(Duration.ofSeconds(60));

        List<JsonObject> reports = result.json();
        assertThat(reports).as(result.toString()).hasSize(targets.size());
        int worst = 0;
        for (JsonObject report : reports) {
            HostileCase hostile = targets.get(Path.of(report.get("file").getAsString()));
            boolean errors = report.getAsJsonArray("findings").asList().stream()
                    .anyMatch(f -> f.getAsJsonObject().get("severity").getAsString().equals("error"));
            switch (hostile.lint()) {
                case FAILS -> assertThat(report.getAsJsonObject("error").get("message").getAsString())
                        .as(hostile.name()).contains(hostile.fragment());
                case ERRORS -> assertThat(errors).as(hostile.name() + ": " + report).isTrue();
                case CLEAN -> assertThat(errors || !report.get("error").isJsonNull()).as(hostile.name() + ": " + report)
                        .isFalse();
                case NONE -> throw new AssertionError("scenarios are not linted: " + hostile.name());
            }
            worst = ExitCode.worst(worst, switch (hostile.lint()) {
                case FAILS -> hostile.exitCode();
                case ERRORS -> 65;
                default -> 0;
            });
        }
        assertThat(result.exitCode()).as("the most severe code of the batch").isEqualTo(worst);
        assertThat(result.out() + result.err()).doesNotContain(traps.secretContent());
        assertThat(DirectoryState.of(dir)).as("lint changes nothing").isEqualTo(before);
        System.out.printf("hostile input: lint over %d cases in one run: exit %d%n", targets.size(), result.exitCode());
    }

    @Test
    void aFileRewrittenDuringTheEditIsNeitherOverwrittenNorBackedUp() throws IOException, InterruptedException {
        HostileCase row = row("changed-during-edit");
        Path template = SmallConfig.withSettings(Files.createDirectory(dir.resolve("template")), 5_000);
        byte[] original = Files.readAllBytes(template);
        byte[] rewritten = new String(original, StandardCharsets.UTF_8).replace("ProvAgentTrace.log", "Rewritten.log")
                .getBytes(StandardCharsets.UTF_8);
        int caught = 0;
        int otherwise = 0;
        for (int attempt = 1; attempt <= 5 && caught == 0; attempt++) {
            Path file = Files.write(Files.createDirectory(dir.resolve("attempt-" + attempt)).resolve("app.config"),
                    original);
            Cli.Running run = Cli.start(JVM, "proxy", "set", "--address", ADDRESS, "--wait", "30", "--json",
                    file.toString());
            boolean rewrote = rewriteWhileLocked(file, rewritten, run.process());
            Cli.Result result = run.finish(TIME_LIMIT);
            byte[] now = Files.readAllBytes(file);
            if (result.exitCode() == row.exitCode()) {
                assertThat(rewrote).isTrue();
                assertThat(result.json().get(0).getAsJsonObject("error").get("message").getAsString())
                        .contains(row.fragment());
                assertThat(DirectoryState.of(file.getParent())).as("no backup, no temporary file")
                        .containsOnlyKeys("", "app.config");
                assertThat(now).as("the other program's content stays").isEqualTo(rewritten);
                caught++;
            } else {
                requireNothingLost(result, file, now, original, rewritten);
                otherwise++;
            }
        }
        // Whether the rewrite falls between aadcfg's read and its rename depends on timing; every outcome
        // above is checked. The re-check itself is proven deterministically in config-core's
        // InjectedFaultTest (a rewrite injected while the temporary file is written).
        assertThat(caught + otherwise).as("attempts").isPositive();
        System.out.printf("hostile input: changed during the edit: %d attempt(s) caught by the re-check (exit 75), "
                + "%d where the rewrite came before aadcfg read the file or after its rename%n", caught, otherwise);
    }

    /**
     * When the rewrite did not fall between aadcfg's read and its rename, nothing is lost either: aadcfg
     * edited the content it read (the original, or the rewrite when that came before its read) and backed it
     * up, or refused a half-written file and wrote nothing.
     */
    private static void requireNothingLost(Cli.Result result, Path file, byte[] now, byte[] original,
            byte[] rewritten) throws IOException {
        if (result.exitCode() == 0) {
            byte[] backup = Files.readAllBytes(Path.of(result.json().get(0).get("backup").getAsString()));
            assertThat(Arrays.equals(backup, original) || Arrays.equals(backup, rewritten))
                    .as("the backup holds what aadcfg read").isTrue();
            assertThat(Arrays.equals(now, rewritten) || ConfigDocument.parse(file, now).proxy().isPresent())
                    .as("the file holds the rewrite or aadcfg's edit").isTrue();
        } else {
            assertThat(result.exitCode()).as("a half-written file is refused: %s", result).isEqualTo(65);
            assertThat(DirectoryState.of(file.getParent())).containsOnlyKeys("", "app.config");
            assertThat(now).isEqualTo(rewritten);
        }
    }

    /**
     * Once another process (the CLI) holds the lock on {@code file}, and a moment later (so that it has read the
     * file and is planning the edit, which takes about a second for this file), rewrites it in place without
     * locking, as a program that ignores locks would. Returns whether it did before {@code cli} ended.
     */
    private static boolean rewriteWhileLocked(Path file, byte[] content, Process cli) throws IOException,
            InterruptedException {
        while (cli.isAlive()) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock probe = channel.tryLock();
                if (probe == null) {
                    Thread.sleep(100);
                    Files.write(file, content);
                    return true;
                }
                probe.release();
            }
            Thread.sleep(1);
        }
        return false;
    }

    @Test
    void aFileChangedWhileAadcfgWaitsForTheLockIsEditedAsItIsWhenTheLockIsFree() throws IOException,
            InterruptedException {
        HostileCase row = row("changed-while-waiting-for-the-lock");
        Path file = SmallConfig.write(dir);
        byte[] changed = SmallConfig.TEXT.replace("ProvAgentTrace.log", "Changed.log")
                .getBytes(StandardCharsets.UTF_8);
        Cli.Running waiting;
        long heldMillis;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            long started = System.nanoTime();
            Cli.Result refused = Cli.start(JVM, "proxy", "set", "--address", ADDRESS, "--json", file.toString())
                    .finish(TIME_LIMIT);
            long refusedMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(75);
            assertThat(refused.json().get(0).getAsJsonObject("error").get("code").getAsString()).isEqualTo("locked");

            waiting = Cli.start(JVM, "proxy", "set", "--address", ADDRESS, "--wait", "30", "--json", file.toString());
            heldMillis = Math.max(2000, 2 * refusedMillis); // longer than the refused run took to reach the lock
            Thread.sleep(heldMillis);
            assertThat(waiting.process().isAlive()).as("still waiting for the lock").isTrue();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(changed), 0);
            channel.force(true);
        }
        Cli.Result result = waiting.finish(TIME_LIMIT);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(row.exitCode());
        JsonObject report = result.json().get(0);
        assertThat(report.get("status").getAsString()).isEqualTo(row.fragment());
        assertThat(Files.readAllBytes(Path.of(report.get("backup").getAsString())))
                .as("the backup holds the content as it was when the lock was free").isEqualTo(changed);
        ConfigDocument edited = ConfigDocument.read(file);
        assertThat(edited.source().text()).contains("Changed.log");
        assertThat(edited.proxy()).hasValueSatisfying(proxy -> assertThat(proxy.address()).isEqualTo(ADDRESS));
        System.out.printf("hostile input: changed while waiting: refused at once without --wait (exit 75); with "
                + "--wait 30, waited %d ms for the lock and edited the changed content%n", heldMillis);
    }

    private static HostileCase row(String name) {
        return TABLE.stream().filter(row -> row.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in the README table"));
    }

    private Path directory(HostileCase hostile) {
        try {
            return Files.createDirectory(dir.resolve(hostile.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

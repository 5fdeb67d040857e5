package io.github.aadcfg.cli.safety;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.Coverage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input corpus: every row of the table in {@code testdata/hostile/README.md} through the real
 * CLI, with its exit code and message, the file and its directory unchanged, bounded time and memory, no
 * file read or connection made on the input's behalf. See that README for what is asserted. Prints
 * {@code coverage: hostile inputs: N of M cases reached the assertion} and fails unless every row did.
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
    /**
     * Runs its command under strace, which holds the first {@code fsync} (that of aadcfg's backup: after it
     * read the file, before its re-check) for three seconds.
     */
    private static final List<String> DELAYING_THE_FIRST_FSYNC = List.of("strace", "-f", "-qq", "-o", "/dev/null",
            "-e", "trace=fsync", "-e", "inject=fsync:delay_enter=3000000:when=1");
    private static final Coverage COVERAGE = new Coverage("hostile inputs", TABLE.size());

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
        traps.close();
        String slowest = MILLIS.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() + " (" + e.getValue() + " ms)").orElse("-");
        System.out.printf("hostile input: %d cases run through proxy set (slowest: %s); connections to the trap "
                + "port: %d; secret file (a FIFO that sees any open, checked by a control) read: %s%n",
                MILLIS.size(), slowest, traps.connections(), traps.secretWasRead());
        assertThat(traps.connections()).as("connections to the trap port").isZero();
        assertThat(traps.secretWasRead()).as("the secret file was read").isFalse();
        COVERAGE.report();
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
        COVERAGE.attempted();
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
        COVERAGE.reached();
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
        COVERAGE.attempted();
        HostileCase row = row("changed-during-edit");
        Path file = SmallConfig.write(dir);
        byte[] rewritten = SmallConfig.TEXT.replace("ProvAgentTrace.log", "Rewritten.log")
                .getBytes(StandardCharsets.UTF_8);
        Cli.Running run = Cli.start(DELAYING_THE_FIRST_FSYNC, JVM, "proxy", "set", "--address", ADDRESS, "--json",
                file.toString());

        awaitBackupBeingWritten(file, run.process());
        Files.write(file, rewritten); // as a program that ignores locks would
        Cli.Result result = run.finish(Duration.ofSeconds(30));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(row.exitCode());
        assertThat(result.json().get(0).getAsJsonObject("error").get("message").getAsString()).contains(row.fragment());
        assertThat(DirectoryState.of(file.getParent())).as("no backup, no temporary file")
                .containsOnlyKeys("", SmallConfig.NAME);
        assertThat(Files.readAllBytes(file)).as("the other program's content stays").isEqualTo(rewritten);
        COVERAGE.reached();
        System.out.printf("hostile input: changed during the edit (rewritten while strace held aadcfg's backup "
                + "fsync): exit %d, the rewrite kept, no backup%n", result.exitCode());
    }

    /**
     * Waits until aadcfg, in {@code cli}, has created the temporary file of its backup of {@code file}: it has
     * read the file, and strace now holds it at that backup's fsync.
     */
    private static void awaitBackupBeingWritten(Path file, Process cli) throws IOException, InterruptedException {
        String prefix = "." + file.getFileName() + ".";
        while (cli.isAlive()) {
            try (Stream<Path> entries = Files.list(file.getParent())) {
                if (entries.map(entry -> entry.getFileName().toString())
                        .anyMatch(name -> name.startsWith(prefix) && name.contains(".bak.aadcfg-"))) {
                    return;
                }
            }
            Thread.sleep(1);
        }
        throw new AssertionError("aadcfg ended before it wrote a backup: exit " + cli.exitValue());
    }

    @Test
    void aFileChangedWhileAadcfgWaitsForTheLockIsEditedAsItIsWhenTheLockIsFree() throws IOException,
            InterruptedException {
        COVERAGE.attempted();
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
        assertThat(Files.readString(file)).contains("Changed.log");
        assertThat(edited.proxy()).hasValueSatisfying(proxy -> assertThat(proxy.address()).isEqualTo(ADDRESS));
        COVERAGE.reached();
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

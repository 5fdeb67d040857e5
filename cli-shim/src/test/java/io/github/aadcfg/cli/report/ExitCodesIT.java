package io.github.aadcfg.cli.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** Each exit code, produced by the real jar, and which one wins in a batch. */
class ExitCodesIT {
    @TempDir
    Path dir;

    @Test
    void zeroOrTwoWithDetailedExitCode() {
        Path agent = Fixtures.agent(dir);

        assertThat(Cli.run("fips", "--enforce=false", "--detailed-exitcode", agent.toString()).exitCode())
                .isEqualTo(ExitCodes.CHANGED);
        assertThat(Cli.run("fips", "--enforce=false", "--detailed-exitcode", agent.toString()).exitCode())
                .isEqualTo(ExitCodes.OK);
        assertThat(Cli.run("fips", "--enforce=true", agent.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    }

    static Stream<List<String>> usageErrors() {
        return Stream.of(List.of(), List.of("--no-such-option"), List.of("proxy"), List.of("lint"),
                List.of("proxy", "set", "x.config"), List.of("fips", "--enforce=maybe", "x.config"),
                List.of("lint", "--jobs", "0", "x.config"), List.of("fips", "--enforce=true", "--keep", "0", "x.config"),
                List.of("tracing", "disable", "--restore", "--level", "Error", "x.config"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void sixtyFourForUsageErrors(List<String> args) {
        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("aadcfg: ").contains("--help' for more information");
        assertThat(result.out()).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void sixtyFourForUpdaterOffWindows() {
        Cli.Result result = Cli.run("lint", "--updater");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--updater");
    }

    @Test
    void sixtyFiveForEveryHostileOrMalformedFileAndNothingIsWritten() throws IOException {
        Path bad = Files.createDirectory(dir.resolve("bad"));
        List<Path> files;
        try (Stream<Path> all = Files.list(Cli.TESTDATA.resolve("bad"))) {
            files = all.sorted().map(file -> Fixtures.testdata("bad/" + file.getFileName(), bad)).toList();
        }
        TreeMap<String, String> before = Fixtures.snapshot(bad);

        Cli.Result result = Cli.run(Fixtures.args(List.of("proxy", "set", "--address", "http://p:8080"),
                List.of("--json"), files));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.DATA);
        List<JsonObject> reports = result.json();
        assertThat(reports).hasSize(files.size()).allSatisfy(report -> {
            assertThat(report.get("status").getAsString()).isEqualTo("error");
            assertThat(report.getAsJsonObject("error").get("message").getAsString()).isNotBlank();
        });
        assertThat(Fixtures.snapshot(bad)).isEqualTo(before);
    }

    @Test
    void sixtyFourForAnInvalidValueBeforeAnyFileIsRead() {
        Path agent = Fixtures.agent(dir);

        Cli.Result human = Cli.run("proxy", "set", "--address", "http://[proxy-server]:[proxy-port]", agent.toString());
        Cli.Result json = Cli.run("proxy", "set", "--json", "--address", "http://user:secret@p:8080", agent.toString());

        assertThat(human.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(human.err()).startsWith("aadcfg: error: --address: ").contains("placeholders");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.USAGE);
        JsonObject report = json.json().get(0);
        assertThat(report.get("file").isJsonNull()).isTrue();
        assertThat(report.getAsJsonObject("error").get("code").getAsString()).isEqualTo("invalid-proxy-address");
        assertThat(json.out()).doesNotContain("secret");
        assertThat(Fixtures.snapshot(dir)).containsOnlyKeys("", Fixtures.AGENT);
    }

    @Test
    void sixtySixForMissingInputs() {
        Cli.Result file = Cli.run("lint", dir.resolve("missing.config").toString());
        Cli.Result list = Cli.run("lint", "--files-from", dir.resolve("missing.txt").toString());
        Cli.Result directory = Cli.run("fips", "--enforce=true", dir.toString());

        assertThat(file.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(list.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(list.err()).contains("missing.txt");
        assertThat(directory.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void seventyThreeWhenTheFileIsReadOnlyOrNoBackupCanBeWritten() throws IOException {
        Path readOnly = Fixtures.agent(Files.createDirectory(dir.resolve("ro")));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        Path agent = Fixtures.agent(dir);
        Path notADirectory = Files.writeString(dir.resolve("not-a-directory"), "x");
        byte[] original = Fixtures.bytes(agent);

        Cli.Result readOnlyRun = Cli.run("fips", "--enforce=false", "--json", readOnly.toString());
        Cli.Result backupRun = Cli.run("fips", "--enforce=false", "--json", "--backup-dir",
                notADirectory.resolve("backups").toString(), agent.toString());

        assertThat(readOnlyRun.exitCode()).as(readOnlyRun.toString()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(readOnlyRun.json().get(0).getAsJsonObject("error").get("code").getAsString()).isEqualTo("read-only");
        assertThat(backupRun.exitCode()).as(backupRun.toString()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void seventyFourForOtherIoErrors() {
        String tooLong = "x".repeat(300) + ".config";

        Cli.Result result = Cli.run("lint", dir.resolve(tooLong).toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.IO);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void sixtySixForAPathThroughAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("file.config"), "<configuration/>");

        Cli.Result result = Cli.run("lint", file.resolve("below-a-file.config").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.NO_INPUT);
    }

    @Test
    void seventyFiveWhileAnotherRunHoldsTheLock() throws IOException {
        Path agent = Fixtures.agent(dir);
        byte[] original = Fixtures.bytes(agent);

        Cli.Result result;
        try (FileChannel channel = FileChannel.open(agent, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            result = Cli.run("fips", "--enforce=false", "--wait", "0", "--json", agent.toString());
            lock.release();
        }

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(result.json().get(0).getAsJsonObject("error").get("code").getAsString()).isEqualTo("locked");
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
    }

    @Test
    void waitGetsTheLockOnceItIsReleased() throws Exception {
        Path agent = Fixtures.agent(dir);

        Cli.Result result;
        try (FileChannel channel = FileChannel.open(agent, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            Cli.Running running = Cli.start(List.of(), "fips", "--enforce=false", "--wait", "30", agent.toString());
            Thread.sleep(1000);
            assertThat(running.process().isAlive()).isTrue();
            lock.release();
            result = running.finish();
        }

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith(agent + ": changed");
        assertThat(Fixtures.bytes(agent)).asString().contains("<enforceFIPSPolicy enabled=\"false\"");
    }

    @Test
    void aBadFileInTheMiddleFailsAloneAndTheOthersArePatched() {
        Path first = Fixtures.agent(dir);
        Path bad = Fixtures.testdata("bad/mismatched-tags.config", dir);
        Path last = Fixtures.testdata("variants/tabs.config", dir);
        byte[] badBytes = Fixtures.bytes(bad);

        Cli.Result result = Cli.run("appsetting", "set", "ServiceBusConnectionMode", "WebSocket", "--json",
                first.toString(), bad.toString(), last.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.DATA);
        List<JsonObject> reports = result.json();
        assertThat(reports).extracting(r -> r.get("status").getAsString())
                .containsExactly("changed", "error", "changed");
        assertThat(reports.get(1).getAsJsonObject("error").get("message").getAsString()).startsWith(bad + ":11:");
        assertThat(Fixtures.bytes(first)).asString().contains("key=\"ServiceBusConnectionMode\" value=\"WebSocket\"");
        assertThat(Fixtures.bytes(last)).asString().contains("key=\"ServiceBusConnectionMode\" value=\"WebSocket\"");
        assertThat(Fixtures.bytes(bad)).isEqualTo(badBytes);
    }

    @Test
    void theMostSevereCodeWins() {
        Path agent = Fixtures.agent(dir);
        Path bad = Fixtures.testdata("bad/truncated.config", dir);

        Cli.Result result = Cli.run("fips", "--enforce=false", "--detailed-exitcode", bad.toString(),
                dir.resolve("missing.config").toString(), agent.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(Fixtures.bytes(agent)).asString().contains("enforceFIPSPolicy");
    }
}

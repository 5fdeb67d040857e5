package io.github.aadcfg.cli.option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;
import io.github.aadcfg.core.agent.AgentService;
import io.github.aadcfg.core.agent.FakeSc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --restart-service}, end to end: the jar runs the real sc.exe control against a stand-in for sc.exe first on
 * {@code PATH} ({@link FakeSc}), whose service stops again as it starts when its config holds a given text. The
 * service restarts when, and only when, a run changed a file, once per run; when it does not run, every file the run
 * changed is put back and the run exits 69. Without sc.exe, the option fails before any file is touched.
 */
@DisabledOnOs(OS.WINDOWS) // the stand-in is a POSIX shell script, set on PATH with env(1)
class RestartServiceIT {
    private static final String AGENT = AgentService.NAME;
    private static final String PROXY = "http://proxy.contoso.com:8080";

    @TempDir
    Path dir;
    FakeSc sc;
    Path configs;
    Path agent;
    byte[] original;

    @BeforeEach
    void installTheStandIn() throws IOException {
        sc = FakeSc.install(Cli.TESTDATA, dir.resolve("bin"));
        configs = Files.createDirectory(dir.resolve("configs"));
        agent = Fixtures.agent(configs);
        original = Fixtures.bytes(agent);
    }

    private Cli.Result run(String... args) {
        return Cli.runWithPath(Cli.firstOnPath(sc.directory()), args);
    }

    @Test
    void aChangeRestartsTheServiceAndWaitsUntilItRuns() {
        Cli.Result result = run("proxy", "set", "--address", PROXY, "--restart-service", agent.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith(agent + ": changed (backup: ")
                .endsWith("\nservice " + AGENT + ": restarted\n");
        assertThat(result.err()).as("no restart reminder").isEmpty();
        assertThat(sc.calls()).containsExactly("query " + AGENT, "query " + AGENT, "stop " + AGENT, "query " + AGENT,
                "query " + AGENT, "start " + AGENT, "query " + AGENT, "query " + AGENT);
        assertThat(Fixtures.bytes(agent)).isEqualTo(Fixtures.pinned("proxy-set", Fixtures.AGENT));
    }

    @Test
    void anUnchangedRunAndADryRunOnlyCheckTheService() {
        Cli.Result first = run("fips", "--enforce=false", agent.toString());
        Cli.Result unchanged = run("fips", "--enforce=false", "--restart-service", agent.toString());
        Cli.Result dryRun = run("fips", "--enforce=true", "--dry-run", "--restart-service", agent.toString());
        Cli.Result json = run("fips", "--enforce=false", "--json", "--restart-service", agent.toString());

        assertThat(first.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(unchanged.exitCode()).as(unchanged.toString()).isEqualTo(ExitCodes.OK);
        assertThat(unchanged.out()).isEqualTo(agent + ": unchanged\nservice " + AGENT + ": not restarted, nothing "
                + "changed\n");
        assertThat(dryRun.exitCode()).as(dryRun.toString()).isEqualTo(ExitCodes.OK);
        assertThat(dryRun.out()).startsWith(agent + ": would change\n").doesNotContain("service ");
        JsonObject service = json.lines().get(1);
        assertThat(service.get("type").getAsString()).isEqualTo("service");
        assertThat(service.get("status").getAsString()).isEqualTo("not-needed");
        assertThat(sc.calls()).containsExactly("query " + AGENT, "query " + AGENT, "query " + AGENT);
    }

    @Test
    void aServiceThatDoesNotRunWithTheChangeGetsTheFileBackAndTheRunExits69() throws IOException {
        sc.failsWhen(agent, "proxyaddress=\"" + PROXY + "\"");

        Cli.Result result = run("proxy", "set", "--address", PROXY, "--restart-service", agent.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.SERVICE);
        assertThat(Fixtures.bytes(agent)).as("the file is back as it was").isEqualTo(original);
        Path backup = single(agent, "original");
        Path change = single(agent, "pre-restore");
        assertThat(Fixtures.bytes(backup)).isEqualTo(original);
        assertThat(Fixtures.bytes(change)).isEqualTo(Fixtures.pinned("proxy-set", Fixtures.AGENT));
        assertThat(result.out()).isEqualTo(agent + ": changed (backup: " + backup + ")\n"
                + "service " + AGENT + ": error: the " + AGENT + " service stopped again as it started, so the change "
                + "was taken back: " + agent + " is back as it was (restored from " + backup + "); the service was "
                + "restarted again and runs\n"
                + "  " + agent + ": restored from " + backup + " (backup: " + change + ")\n");
        assertThat(result.err()).isEmpty();
        assertThat(sc.calls()).filteredOn(call -> call.startsWith("start")).hasSize(2);
    }

    @Test
    void severalFilesRestartTheServiceOnceAndAreAllPutBackInJson() throws IOException {
        Path other = Files.copy(agent, configs.resolve("Other.exe.config"));
        Path unchanged = Files.copy(agent, configs.resolve("Unchanged.exe.config"));
        run("appsetting", "set", "Key", "Value", unchanged.toString());
        sc.failsWhen(agent, "key=\"Key\"");

        Cli.Result result = run("appsetting", "set", "Key", "Value", "--json", "--restart-service", agent.toString(),
                unchanged.toString(), other.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.SERVICE);
        List<JsonObject> lines = result.lines();
        assertThat(lines).extracting(line -> line.get("type").getAsString())
                .containsExactly("file", "file", "file", "service", "summary");
        JsonObject service = lines.get(3);
        assertThat(service.get("status").getAsString()).isEqualTo("error");
        assertThat(service.getAsJsonObject("error").get("code").getAsString()).isEqualTo("restart-rolled-back");
        assertThat(service.getAsJsonObject("error").get("message").getAsString())
                .contains("the 2 files this run changed are back as they were");
        assertThat(service.getAsJsonArray("rolledBack")).extracting(file -> file.getAsJsonObject().get("file")
                .getAsString()).containsExactly(agent.toString(), other.toString());
        assertThat(result.summary().get("status").getAsString()).isEqualTo("error");
        assertThat(result.summary().get("exitCode").getAsInt()).isEqualTo(ExitCodes.SERVICE);
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
        assertThat(Fixtures.bytes(other)).isEqualTo(original);
        assertThat(sc.calls()).filteredOn(call -> call.startsWith("start")).hasSize(2);
    }

    @Test
    void restoreRestartsTheServiceToo() {
        run("fips", "--enforce=false", agent.toString());

        Cli.Result result = run("restore", "--latest", "--restart-service", agent.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).endsWith("\nservice " + AGENT + ": restarted\n");
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
    }

    @Test
    void anotherServiceIsNamedWithAnEqualsSignAndOneThatIsNotInstalledStopsTheRunBeforeAnyFile() {
        TreeMap<String, String> before = Fixtures.snapshot(configs);

        Cli.Result result = run("fips", "--enforce=false", "--restart-service=AADConnectProvisioningAgnet",
                agent.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.SERVICE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("aadcfg: error: there is no service named AADConnectProvisioningAgnet "
                + "(sc.exe query: The specified service does not exist as an installed service.)\n");
        assertThat(Fixtures.snapshot(configs)).isEqualTo(before);
    }

    @Test
    void withoutScExeTheOptionFailsClearlyBeforeAnyFileIsTouched() throws IOException {
        TreeMap<String, String> before = Fixtures.snapshot(configs);
        Path empty = Files.createDirectory(dir.resolve("empty"));

        Cli.Result human = Cli.runWithPath(empty.toString(), "proxy", "set", "--address", PROXY, "--restart-service",
                agent.toString());
        Cli.Result json = Cli.runWithPath(empty.toString(), "proxy", "set", "--address", PROXY, "--json",
                "--restart-service", agent.toString());

        assertThat(human.exitCode()).as(human.toString()).isEqualTo(ExitCodes.SERVICE);
        assertThat(human.out()).isEmpty();
        assertThat(human.err()).isEqualTo("aadcfg: error: no sc.exe to control the " + AGENT + " service with (looked "
                + "in %SystemRoot%\\System32 and on PATH): services can be restarted only on Windows\n");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.SERVICE);
        assertThat(json.lines()).singleElement().satisfies(line -> {
            assertThat(line.get("type").getAsString()).isEqualTo("error");
            assertThat(line.getAsJsonObject("error").get("code").getAsString()).isEqualTo("no-service-control");
        });
        assertThat(Fixtures.snapshot(configs)).isEqualTo(before);
    }

    @Test
    void anInvalidNameOrTimeoutIsAUsageError() {
        Cli.Result emptyName = run("fips", "--enforce=false", "--restart-service=", agent.toString());
        Cli.Result zero = run("fips", "--enforce=false", "--restart-service", "--restart-timeout", "0",
                agent.toString());
        Cli.Result alone = run("fips", "--enforce=false", "--restart-timeout", "5", agent.toString());

        assertThat(emptyName.exitCode()).as(emptyName.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(emptyName.err()).contains("--restart-service: must be a service name");
        assertThat(zero.exitCode()).as(zero.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).contains("--restart-timeout: must be from 1 to 3600 seconds, was 0");
        assertThat(alone.exitCode()).as(alone.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(alone.err()).contains("--restart-timeout goes with --restart-service");
        assertThat(sc.calls()).isEmpty();
        assertThat(Fixtures.bytes(agent)).isEqualTo(original);
    }

    /** The one backup of {@code file} of this kind. */
    private static Path single(Path file, String kind) throws IOException {
        try (var backups = Files.list(file.getParent())) {
            return backups.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + ".")
                    && p.getFileName().toString().contains("." + kind + ".")).reduce((a, b) -> {
                        throw new AssertionError("two " + kind + " backups: " + a + ", " + b);
                    }).orElseThrow();
        }
    }
}

package io.github.aadcfg.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.FakeRegExe;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;
import io.github.aadcfg.core.agent.AgentProgram;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code aadcfg where} and the default targets, run from the jar: on Linux it says it is not Windows; run as on
 * Windows ({@link Cli#runAsWindows}), it asks {@code reg.exe} for the agent's install directory and process name.
 */
class WhereIT {
    private static final String AGENT_KEY = AgentProgram.PROVISIONING_AGENT.registryKey();
    private static final String UPDATER_KEY = AgentProgram.AGENT_UPDATER.registryKey();

    @TempDir
    Path dir;

    @Test
    void offWindowsWhereSaysThisIsNotWindowsAsAUsageError() {
        Cli.Result human = Cli.run("where");
        Cli.Result json = Cli.run("where", "--json");

        assertThat(human.exitCode()).as(human.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(human.out()).isEmpty();
        assertThat(human.err()).startsWith("aadcfg: where reads the Windows registry, and this is Linux, not Windows: "
                + "name the config file instead\n");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.USAGE);
        JsonObject error = json.lines().get(0).getAsJsonObject("error");
        assertThat(error.get("code").getAsString()).isEqualTo("usage");
        assertThat(error.get("message").getAsString()).contains("this is Linux, not Windows");
    }

    @Test
    void asOnWindowsWhereNamesTheConfigTheRegistryGivesAndHowWithTheQueriesReallyRun() throws IOException {
        Path installed = Files.createDirectories(dir.resolve("Provisioning Agent"));
        Path config = Fixtures.agent(installed);
        FakeRegExe registry = new FakeRegExe(dir.resolve("Windows"))
                .value(AGENT_KEY, "InstallDir", "REG_SZ", installed + "/")
                .value(AGENT_KEY, "ServiceProcessName", "REG_SZ", "AADConnectProvisioningAgent.exe");

        Cli.Result result = Cli.runAsWindows(registry.install(), "where");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).isEqualTo(config + ": exists\n  agent config from the registry: " + AGENT_KEY
                + ": InstallDir = " + installed + "/, ServiceProcessName = AADConnectProvisioningAgent.exe\n");
        assertThat(registry.queries()).containsExactly("query " + AGENT_KEY + " /v InstallDir /reg:64",
                "query " + AGENT_KEY + " /v ServiceProcessName /reg:64");
    }

    @Test
    void asOnWindowsWithoutTheKeysWhereJsonNamesTheDefaultPathsAndWhy() {
        Path systemRoot = new FakeRegExe(dir.resolve("Windows")).install();

        Cli.Result result = Cli.runAsWindows(systemRoot, "where", "--updater", "--json");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
        List<JsonObject> lines = result.json();
        assertThat(lines).hasSize(2);
        for (int i = 0; i < 2; i++) {
            AgentProgram program = AgentProgram.values()[i];
            JsonObject line = lines.get(i);
            assertThat(line.get("file").getAsString()).isEqualTo(program.defaultConfig());
            assertThat(line.get("program").getAsString()).isEqualTo(program.label());
            assertThat(line.get("source").getAsString()).isEqualTo("default");
            assertThat(line.get("exists").getAsBoolean()).isFalse();
            assertThat(line.get("key").getAsString()).isEqualTo(program.registryKey());
            assertThat(line.getAsJsonObject("values").size()).isZero();
            assertThat(line.get("reason").getAsString())
                    .isEqualTo("the registry has no InstallDir under " + program.registryKey());
        }
        assertThat(result.summary().get("files").getAsInt()).isEqualTo(2);
    }

    @Test
    void asOnWindowsACommandWithoutFileWorksOnTheConfigsTheRegistryGives() throws IOException {
        Path systemRoot = dir.resolve("Windows");
        Path agent = Fixtures.agent(Files.createDirectories(systemRoot.resolve("Agent")));
        Path updater = Files.copy(agent, Files.createDirectories(dir.resolve("Updater"))
                .resolve("AADConnectAgentUpdater.exe.config"));
        new FakeRegExe(systemRoot)
                .value(AGENT_KEY, "InstallDir", "REG_EXPAND_SZ", "%SystemRoot%/Agent/")
                .value(AGENT_KEY, "ServiceProcessName", "REG_SZ", "AADConnectProvisioningAgent.exe")
                .value(UPDATER_KEY, "InstallDir", "REG_SZ", "\"" + dir.resolve("Updater") + "/\"")
                .value(UPDATER_KEY, "ServiceProcessName", "REG_SZ", "AADConnectAgentUpdater.exe")
                .install();

        Cli.Result result = Cli.runAsWindows(systemRoot, "lint", "--updater", "--json");

        assertThat(result.json()).extracting(line -> line.get("file").getAsString())
                .as(result.toString()).containsExactly(agent.toString(), updater.toString());
        assertThat(result.json()).extracting(line -> line.get("status").getAsString()).containsExactly("clean", "clean");
    }
}

package io.github.aadcfg.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.github.aadcfg.cli.option.AgentHost;
import io.github.aadcfg.cli.report.ExitCodes;
import io.github.aadcfg.core.agent.AgentLocator;
import io.github.aadcfg.core.agent.AgentProgram;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code aadcfg where} on a Windows host whose registry is a map: the human lines. */
class WhereCommandTest {
    private static final String AGENT_KEY = AgentProgram.PROVISIONING_AGENT.registryKey();

    @TempDir
    Path dir;

    /** The registry's values, by key and name ({@code KEY|NAME}). */
    private final Map<String, String> registry = new HashMap<>();
    private final AgentHost windows = new AgentHost("Windows Server 2022",
            new AgentLocator((key, name) -> Optional.ofNullable(registry.get(key + "|" + name))));

    private String where(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new WhereCommand(windows));
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isEqualTo(ExitCodes.OK);
        return out.toString();
    }

    @Test
    void namesTheConfigTheRegistryGivesWithTheKeyAndValuesReadAndThatItExists() throws IOException {
        Path installed = Files.createDirectories(dir.resolve("Provisioning Agent"));
        Path config = Files.writeString(installed.resolve("AADConnectProvisioningAgent.exe.config"), "<configuration/>");
        registry.put(AGENT_KEY + "|InstallDir", installed + "/");
        registry.put(AGENT_KEY + "|ServiceProcessName", "AADConnectProvisioningAgent.exe");

        assertThat(where()).isEqualTo(config + ": exists\n"
                + "  agent config from the registry: " + AGENT_KEY + ": InstallDir = " + installed + "/, "
                + "ServiceProcessName = AADConnectProvisioningAgent.exe\n");
    }

    @Test
    void namesTheDefaultPathAndWhyWhenTheRegistryHasNoValueAndTheUpdatersWithUpdater() {
        registry.put(AGENT_KEY + "|InstallDir", "C:\\Agent\\");

        assertThat(where("--updater")).isEqualTo(AgentProgram.PROVISIONING_AGENT.defaultConfig() + ": does not exist\n"
                + "  agent config at its default path, because the registry has no ServiceProcessName under "
                + AGENT_KEY + "\n"
                + AgentProgram.AGENT_UPDATER.defaultConfig() + ": does not exist\n"
                + "  updater config at its default path, because the registry has no InstallDir under "
                + AgentProgram.AGENT_UPDATER.registryKey() + "\n"
                + "2 files: 2 located\n");
    }
}

package io.github.aadcfg.core.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AgentLocator} over a registry that is a map: what it finds, and the default path and why otherwise. */
class AgentLocatorTest {
    private static final String AGENT_KEY = AgentProgram.PROVISIONING_AGENT.registryKey();
    private static final String INSTALLED = "C:\\Program Files\\Microsoft Azure AD Connect Provisioning Agent\\";

    /** The registry's values, by key and name ({@code KEY|NAME}). */
    private final Map<String, String> values = new HashMap<>();
    private final AgentLocator locator = new AgentLocator((key, name) -> Optional.ofNullable(values.get(key + "|" + name)));

    private void put(AgentProgram program, String name, String data) {
        values.put(program.registryKey() + "|" + name, data);
    }

    private AgentConfigLocation agent() {
        return locator.locate(AgentProgram.PROVISIONING_AGENT);
    }

    @Test
    void theConfigIsInstallDirPlusServiceProcessNamePlusConfig() {
        put(AgentProgram.PROVISIONING_AGENT, "InstallDir", "D:\\Agents\\Provisioning\\");
        put(AgentProgram.PROVISIONING_AGENT, "ServiceProcessName", "AADConnectProvisioningAgent.exe");

        AgentConfigLocation location = agent();

        assertThat(location.file()).isEqualTo(Path.of("D:\\Agents\\Provisioning\\AADConnectProvisioningAgent.exe.config"));
        assertThat(location.fromRegistry()).isTrue();
        assertThat(location.fallbackReason()).isNull();
        assertThat(location.program()).isEqualTo(AgentProgram.PROVISIONING_AGENT);
        assertThat(location.values()).containsExactly(Map.entry("InstallDir", "D:\\Agents\\Provisioning\\"),
                Map.entry("ServiceProcessName", "AADConnectProvisioningAgent.exe"));
    }

    @Test
    void theUpdaterIsFoundUnderItsOwnKey() {
        put(AgentProgram.PROVISIONING_AGENT, "InstallDir", INSTALLED);
        put(AgentProgram.PROVISIONING_AGENT, "ServiceProcessName", "AADConnectProvisioningAgent.exe");
        put(AgentProgram.AGENT_UPDATER, "InstallDir", "D:\\Updater\\");
        put(AgentProgram.AGENT_UPDATER, "ServiceProcessName", "AADConnectAgentUpdater.exe");

        assertThat(locator.locate(AgentProgram.AGENT_UPDATER).file())
                .isEqualTo(Path.of("D:\\Updater\\AADConnectAgentUpdater.exe.config"));
        assertThat(AgentProgram.AGENT_UPDATER.registryKey())
                .isEqualTo("HKLM\\SOFTWARE\\Microsoft\\Azure AD Connect Agents\\Azure AD Connect Agent Updater");
    }

    @Test
    void oddValuesWithoutTrailingBackslashQuotedOrPaddedGiveTheSamePath() {
        String expected = "C:\\Program Files\\Microsoft Azure AD Connect Provisioning Agent\\AADConnectProvisioningAgent.exe.config";
        for (String directory : new String[] {INSTALLED, INSTALLED.substring(0, INSTALLED.length() - 1),
            "\"" + INSTALLED + "\"", "  " + INSTALLED + " ", " \" " + INSTALLED + "\"\t"}) {
            put(AgentProgram.PROVISIONING_AGENT, "InstallDir", directory);
            put(AgentProgram.PROVISIONING_AGENT, "ServiceProcessName", " \"AADConnectProvisioningAgent.exe\" ");

            AgentConfigLocation location = agent();

            assertThat(location.file()).as(directory).isEqualTo(Path.of(expected));
            assertThat(location.values()).as("the values as read").containsEntry("InstallDir", directory);
        }
    }

    @Test
    void aMissingKeyGivesTheDefaultPathBecauseInstallDirIsMissing() {
        AgentConfigLocation location = agent();

        assertThat(location.file()).isEqualTo(Path.of(AgentProgram.PROVISIONING_AGENT.defaultConfig()));
        assertThat(location.fromRegistry()).isFalse();
        assertThat(location.fallbackReason()).isEqualTo("the registry has no InstallDir under " + AGENT_KEY);
        assertThat(location.values()).isEmpty();
        assertThat(locator.locate(AgentProgram.AGENT_UPDATER).file())
                .isEqualTo(Path.of(AgentProgram.AGENT_UPDATER.defaultConfig()));
    }

    @Test
    void aMissingValueGivesTheDefaultPathNamingIt() {
        put(AgentProgram.PROVISIONING_AGENT, "InstallDir", INSTALLED);

        AgentConfigLocation location = agent();

        assertThat(location.file()).isEqualTo(Path.of(AgentProgram.PROVISIONING_AGENT.defaultConfig()));
        assertThat(location.fallbackReason()).isEqualTo("the registry has no ServiceProcessName under " + AGENT_KEY);
        assertThat(location.values()).containsExactly(Map.entry("InstallDir", INSTALLED));
    }

    @Test
    void anEmptyOrBlankOrEmptyQuotedValueIsEmpty() {
        put(AgentProgram.PROVISIONING_AGENT, "ServiceProcessName", "AADConnectProvisioningAgent.exe");
        for (String empty : new String[] {"", "   ", "\"\"", " \" \" "}) {
            put(AgentProgram.PROVISIONING_AGENT, "InstallDir", empty);

            assertThat(agent().fallbackReason()).as("[" + empty + "]").isEqualTo("InstallDir under " + AGENT_KEY
                    + " is empty");
        }
    }

    @Test
    void valuesThatMakeNoPathGiveTheDefaultPath() {
        put(AgentProgram.PROVISIONING_AGENT, "InstallDir", "C:\\Agent\u0000\\");
        put(AgentProgram.PROVISIONING_AGENT, "ServiceProcessName", "AADConnectProvisioningAgent.exe");

        AgentConfigLocation location = agent();

        assertThat(location.file()).isEqualTo(Path.of(AgentProgram.PROVISIONING_AGENT.defaultConfig()));
        assertThat(location.fallbackReason()).startsWith("the registry's InstallDir and ServiceProcessName under "
                + AGENT_KEY + " make no valid path: ");
    }

    @Test
    void aRegistryThatCannotBeReadGivesTheDefaultPathAndWhy() {
        AgentLocator broken = new AgentLocator((key, name) -> {
            throw new UncheckedIOException(new IOException("C:\\Windows\\System32\\reg.exe did not answer within 10 s"));
        });

        AgentConfigLocation location = broken.locate(AgentProgram.PROVISIONING_AGENT);

        assertThat(location.file()).isEqualTo(Path.of(AgentProgram.PROVISIONING_AGENT.defaultConfig()));
        assertThat(location.fallbackReason()).isEqualTo("the registry could not be read: "
                + "C:\\Windows\\System32\\reg.exe did not answer within 10 s");
    }
}

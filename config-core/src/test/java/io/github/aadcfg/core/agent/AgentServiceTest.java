package io.github.aadcfg.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class AgentServiceTest {
    @Test
    void theAgentsConfigIsKnownByItsNameInAnyCaseAndNoOtherIs() {
        assertThat(AgentService.isAgentConfig(Path.of("C:/Program Files/x/AADConnectProvisioningAgent.exe.config")))
                .isTrue();
        assertThat(AgentService.isAgentConfig(Path.of("aadconnectprovisioningagent.EXE.CONFIG"))).isTrue();
        assertThat(AgentService.isAgentConfig(Path.of("AADConnectAgentUpdater.exe.config")))
                .as("the Agent Updater is another service").isFalse();
        assertThat(AgentService.isAgentConfig(Path.of("web.config"))).isFalse();
        assertThat(AgentService.isAgentConfig(Path.of("/"))).isFalse();
    }

    @Test
    void theReminderNamesTheFileAndTheServiceToRestart() {
        assertThat(AgentService.restartReminder(Path.of("/srv/AADConnectProvisioningAgent.exe.config")))
                .startsWith("the agent reads AADConnectProvisioningAgent.exe.config only when it starts")
                .contains("Restart-Service AADConnectProvisioningAgent");
    }
}

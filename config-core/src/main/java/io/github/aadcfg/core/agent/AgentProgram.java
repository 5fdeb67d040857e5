package io.github.aadcfg.core.agent;

/**
 * A program of the provisioning agent's install that has a config file of its own, with the registry key its
 * installer writes and the path its config has in a default install.
 */
public enum AgentProgram {
    /** The provisioning agent, the service {@value AgentService#NAME}. */
    PROVISIONING_AGENT("agent", "Azure AD Connect Provisioning Agent",
            "C:\\Program Files\\Microsoft Azure AD Connect Provisioning Agent\\AADConnectProvisioningAgent.exe.config"),
    /** The Agent Updater, which keeps the agent up to date. */
    AGENT_UPDATER("updater", "Azure AD Connect Agent Updater",
            "C:\\Program Files\\Microsoft Azure AD Connect Agent Updater\\AADConnectAgentUpdater.exe.config");

    /** The registry key under which the agents' installers write a key each. */
    private static final String AGENTS_KEY = "HKLM\\SOFTWARE\\Microsoft\\Azure AD Connect Agents\\";

    private final String label;
    private final String registryKey;
    private final String defaultConfig;

    AgentProgram(String label, String keyName, String defaultConfig) {
        this.label = label;
        this.registryKey = AGENTS_KEY + keyName;
        this.defaultConfig = defaultConfig;
    }

    /** A short name: {@code agent} or {@code updater}. */
    public String label() {
        return label;
    }

    /** The key its installer writes, e.g. {@code HKLM\SOFTWARE\Microsoft\Azure AD Connect Agents\Azure AD Connect Provisioning Agent}. */
    public String registryKey() {
        return registryKey;
    }

    /** Its config's path in a default install, under {@code C:\Program Files}. */
    public String defaultConfig() {
        return defaultConfig;
    }
}

package io.github.aadcfg.core.agent;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The provisioning agent's Windows service, as far as its config file is concerned: the agent reads the file
 * only when it starts, so a change takes effect after the service is restarted.
 */
public final class AgentService {
    /** The service's short name. */
    public static final String NAME = "AADConnectProvisioningAgent";

    private static final String CONFIG_FILE = "aadconnectprovisioningagent.exe.config";

    private AgentService() {
    }

    /**
     * Whether {@code file} is the agent's config file, judged by its name in any case (the Agent Updater is
     * another service, with its own config).
     */
    public static boolean isAgentConfig(Path file) {
        Path name = file.getFileName();
        return name != null && CONFIG_FILE.equals(name.toString().toLowerCase(Locale.ROOT));
    }

    /** The reminder to give after a change to {@code file}, naming the service that must restart. */
    public static String restartReminder(Path file) {
        return "the agent reads " + file.getFileName() + " only when it starts: restart the " + NAME
                + " service for the change to take effect (PowerShell: Restart-Service " + NAME + ")";
    }
}

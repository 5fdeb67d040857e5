package io.github.aadcfg.cli.option;

import io.github.aadcfg.core.agent.AgentConfigLocation;
import io.github.aadcfg.core.agent.AgentLocator;
import io.github.aadcfg.core.agent.AgentProgram;
import io.github.aadcfg.core.agent.RegQuery;

/**
 * The machine aadcfg runs on, as far as finding the agent's configs goes: its operating system, and where its
 * registry says the agent is installed. Only on Windows are the agent's configs the default targets.
 *
 * @param osName  the operating system's name, as {@code os.name} gives it
 * @param locator what finds the configs there
 */
public record AgentHost(String osName, AgentLocator locator) {
    /** This machine: {@code os.name}, and the registry read with {@code reg.exe}. */
    public static AgentHost current() {
        return new AgentHost(System.getProperty("os.name", ""), new AgentLocator(new RegQuery()));
    }

    /** Whether this is Windows, where the agent's config is the default target. */
    public boolean windows() {
        return osName.startsWith("Windows");
    }

    /** Where {@code program}'s config is here, and how that was found. */
    public AgentConfigLocation locate(AgentProgram program) {
        return locator.locate(program);
    }
}

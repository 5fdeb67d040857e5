package io.github.aadcfg.core;

import io.github.aadcfg.core.agent.DisableTracing;
import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.RemoveAppSetting;
import io.github.aadcfg.core.agent.RemoveProxy;
import io.github.aadcfg.core.agent.SetAppSetting;
import io.github.aadcfg.core.agent.SetFipsPolicy;
import io.github.aadcfg.core.agent.SetProxy;

/** The provisioning agent's typed edits, in one place. Each validates its arguments when created. */
public final class AgentEdits {
    private AgentEdits() {
    }

    /** The outbound proxy ({@code system.net/defaultProxy}). */
    public static ConfigEdit setProxy(ProxySettings settings) {
        return new SetProxy(settings);
    }

    /** No outbound proxy. */
    public static ConfigEdit removeProxy() {
        return new RemoveProxy();
    }

    /** Verbose tracing with the guide's log file and level {@code All}. */
    public static ConfigEdit enableVerboseTracing() {
        return new EnableTracing();
    }

    /** Verbose tracing to {@code logFile}, event log filter at {@code level}. */
    public static ConfigEdit enableVerboseTracing(String logFile, String level) {
        return new EnableTracing(logFile, level);
    }

    /** Tracing lowered to {@code level} without a backup (see {@link ConfigEditor#disableTracingFor}). */
    public static ConfigEdit disableVerboseTracing(String level) {
        return DisableTracing.toLevel(level);
    }

    /** {@code appSettings/add[@key]} set to {@code value}. */
    public static ConfigEdit setAppSetting(String key, String value) {
        return new SetAppSetting(key, value);
    }

    /** No {@code appSettings/add} for {@code key}. */
    public static ConfigEdit removeAppSetting(String key) {
        return new RemoveAppSetting(key);
    }

    /** {@code runtime/enforceFIPSPolicy@enabled}. */
    public static ConfigEdit setFipsPolicy(boolean enforce) {
        return new SetFipsPolicy(enforce);
    }
}

package io.github.aadcfg.core.agent;

import java.util.Objects;

import io.github.aadcfg.core.edits.ConfigEdit;

/**
 * The agent's outbound proxy is {@code settings}: {@code system.net/defaultProxy} and its {@code proxy} child,
 * added just before {@code </configuration>} as Microsoft's guide does, or edited in place. Missing bypass
 * entries are added.
 *
 * @param settings the proxy
 */
public record SetProxy(ProxySettings settings) implements ConfigEdit {
    /** Requires settings. */
    public SetProxy {
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String description() {
        return "proxy set " + settings.address();
    }
}

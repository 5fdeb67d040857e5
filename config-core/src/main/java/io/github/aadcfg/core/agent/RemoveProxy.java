package io.github.aadcfg.core.agent;

import io.github.aadcfg.core.edits.ConfigEdit;

/**
 * The agent has no outbound proxy: {@code defaultProxy} is removed, and {@code system.net} too when nothing else
 * is left in it. In a file with duplicated {@code <system.net>} sections, every one loses its proxy.
 */
public record RemoveProxy() implements ConfigEdit {
    @Override
    public String description() {
        return "proxy remove";
    }
}

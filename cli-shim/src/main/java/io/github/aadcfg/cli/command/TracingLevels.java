package io.github.aadcfg.cli.command;

import java.util.Iterator;

import io.github.aadcfg.core.agent.DisableTracing;

/** The tracing levels, for help and shell completion. */
final class TracingLevels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return DisableTracing.LEVELS.stream().sorted().iterator();
    }
}

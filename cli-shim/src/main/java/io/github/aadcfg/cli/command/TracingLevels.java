package io.github.aadcfg.cli.command;

import java.util.Iterator;

import picocli.CommandLine.ITypeConverter;

import io.github.aadcfg.core.agent.DisableTracing;

/** The tracing levels, for help and shell completion. */
final class TracingLevels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return DisableTracing.LEVELS.stream().sorted().iterator();
    }

    /**
     * A {@code --level} in any case, as its {@code SourceLevels} name ({@code verbose} is {@code Verbose}); a
     * value that names no level is kept for the edit to refuse.
     */
    static final class Canonical implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return DisableTracing.LEVELS.stream().filter(level -> level.equalsIgnoreCase(value)).findFirst()
                    .orElse(value);
        }
    }
}

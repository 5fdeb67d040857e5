package io.github.aadcfg.cli.command;

import java.util.List;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.aadcfg.core.agent.DisableTracing;
import io.github.aadcfg.core.edits.ConfigEdit;

/** {@code aadcfg tracing disable}: turns verbose tracing off. */
@Command(name = "disable",
        description = {"Turn verbose tracing off. By default the system.diagnostics section is restored as it was "
                + "before tracing was turned on, from the newest backup that was not verbose, keeping every other "
                + "change made since; without such a backup the text writer listener is removed and the event log "
                + "filter set to Error."},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg tracing disable --restore AADConnectProvisioningAgent.exe.config")
final class TracingDisableCommand extends EditCommand {
    @ArgGroup(exclusive = true)
    Mode mode;

    /** How to turn tracing off, when not the default. */
    static final class Mode {
        @Option(names = "--restore", required = true,
                description = "Only restore from a backup; fail (exit 66) when there is none.")
        boolean restore;

        @Option(names = "--level", required = true, paramLabel = "LEVEL", completionCandidates = TracingLevels.class,
                converter = TracingLevels.Canonical.class,
                description = "Do not restore: remove the text writer listener and set the event log filter to "
                        + "LEVEL, in any case: ${COMPLETION-CANDIDATES}.")
        String level;
    }

    @Override
    List<ConfigEdit> edits() {
        if (mode != null && mode.level != null) {
            return List.of(new DisableTracing(DisableTracing.Way.LEVEL_ONLY, mode.level));
        }
        return List.of(mode != null && mode.restore ? new DisableTracing(DisableTracing.Way.RESTORE_ONLY, null)
                : new DisableTracing(DisableTracing.Way.RESTORE_OR_LEVEL, DisableTracing.DEFAULT_LEVEL));
    }
}

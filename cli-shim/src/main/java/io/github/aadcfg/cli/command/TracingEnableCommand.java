package io.github.aadcfg.cli.command;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.edits.ConfigEdit;

/** {@code aadcfg tracing enable}: turns verbose tracing on. */
@Command(name = "enable",
        description = {"Turn verbose tracing on as Microsoft's guide does: the agent's source routes to console, "
                + "etw and textWriterListener, declared in sharedListeners. Other sources, listeners, switches "
                + "and <trace> stay; a commented-out listener is uncommented."},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg tracing enable --level Verbose AADConnectProvisioningAgent.exe.config",
        modelTransformer = DefaultTraceFile.class)
final class TracingEnableCommand extends EditCommand {
    @Option(names = "--log-file", paramLabel = "PATH", defaultValue = EnableTracing.DEFAULT_LOG_FILE,
            description = "The trace file (default: the guide's, below).")
    String logFile;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = EnableTracing.DEFAULT_LEVEL,
            completionCandidates = TracingLevels.class, converter = TracingLevels.Canonical.class,
            description = "The event log filter level, in any case: ${COMPLETION-CANDIDATES} (default: "
                    + "${DEFAULT-VALUE}).")
    String level;

    @Override
    List<ConfigEdit> edits() {
        return List.of(new EnableTracing(logFile, level));
    }
}

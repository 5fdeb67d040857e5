package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import io.github.aadcfg.core.AgentEdits;
import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.agent.VerboseTracing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aadcfg tracing enable}: turns verbose tracing on. */
@Command(name = "enable",
        description = {"Turn verbose tracing on as Microsoft's guide does: the agent's source routes to console, "
                + "etw and textWriterListener, declared in sharedListeners. Other sources, listeners, switches "
                + "and <trace> stay; a commented-out listener is uncommented."},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg tracing enable --level Verbose AADConnectProvisioningAgent.exe.config")
final class TracingEnableCommand extends EditCommand {
    @Option(names = "--log-file", paramLabel = "PATH", defaultValue = VerboseTracing.DEFAULT_LOG_FILE,
            description = "The trace file (default: ${DEFAULT-VALUE}).")
    String logFile;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = VerboseTracing.DEFAULT_LEVEL,
            completionCandidates = TracingLevels.class,
            description = "The event log filter level: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String level;

    @Override
    Function<Path, List<ConfigEdit>> edits(ConfigEditor editor) {
        List<ConfigEdit> edits = List.of(AgentEdits.enableVerboseTracing(logFile, level));
        return file -> edits;
    }
}

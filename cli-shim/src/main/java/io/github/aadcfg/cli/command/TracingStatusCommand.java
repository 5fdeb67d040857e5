package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.function.Function;

import picocli.CommandLine.Command;

import io.github.aadcfg.cli.report.FileReport;
import io.github.aadcfg.cli.report.TracingReport;
import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.agent.TracingView;

/** {@code aadcfg tracing status}: whether verbose tracing is on, and the trace file and its size. */
@Command(name = "status",
        description = {"Show whether verbose tracing is on (the agent's source routes to textWriterListener), "
                + "the event log level, and the trace file (textWriterListener's initializeData) with its size, "
                + "or 'not found'. A relative trace file is taken from the config file's directory, as .NET does; "
                + "a Windows path is not found on another system."},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg tracing status --json AADConnectProvisioningAgent.exe.config")
final class TracingStatusCommand extends FileCommand {
    @Override
    Function<Path, FileReport> prepare() {
        return file -> {
            TracingView tracing = ConfigDocument.read(file).requireDotNetConfig().tracing();
            return new TracingReport(file, tracing, TraceFileOnDisk.size(file, tracing.logFile()), null);
        };
    }

    @Override
    FileReport failed(Path file, RuntimeException e) {
        return TracingReport.failed(file, e);
    }
}

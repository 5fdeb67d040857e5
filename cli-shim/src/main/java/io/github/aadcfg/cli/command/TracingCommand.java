package io.github.aadcfg.cli.command;

import picocli.CommandLine.Command;

/** {@code aadcfg tracing}: the agent's verbose tracing. */
@Command(name = "tracing",
        description = "Turn the agent's verbose tracing on or off (system.diagnostics), or show it.",
        subcommands = {TracingEnableCommand.class, TracingDisableCommand.class, TracingStatusCommand.class},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg tracing enable AADConnectProvisioningAgent.exe.config")
final class TracingCommand {
}

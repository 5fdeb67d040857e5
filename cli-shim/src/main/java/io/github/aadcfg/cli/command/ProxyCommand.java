package io.github.aadcfg.cli.command;

import picocli.CommandLine.Command;

/** {@code aadcfg proxy}: the outbound proxy the agent uses. */
@Command(name = "proxy",
        description = "Set, remove or show the outbound proxy (system.net/defaultProxy).",
        subcommands = {ProxySetCommand.class, ProxyRemoveCommand.class, ProxyShowCommand.class},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg proxy show AADConnectProvisioningAgent.exe.config")
final class ProxyCommand {
}

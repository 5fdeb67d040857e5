package io.github.aadcfg.cli.command;

import picocli.CommandLine.Command;

/** {@code aadcfg appsetting}: entries of {@code appSettings}. */
@Command(name = "appsetting",
        description = "Set or remove an appSettings entry.",
        subcommands = {AppSettingSetCommand.class, AppSettingRemoveCommand.class},
        footerHeading = "%nExample:%n",
        footer = {"  aadcfg appsetting set ServiceBusConnectionMode WebSocket \\",
            "      AADConnectProvisioningAgent.exe.config"})
final class AppSettingCommand {
}

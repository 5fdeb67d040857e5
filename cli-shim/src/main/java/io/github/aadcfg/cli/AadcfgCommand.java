package io.github.aadcfg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

import io.github.aadcfg.cli.command.Subcommands;

/**
 * The {@code aadcfg} command. Its subcommands are not in the annotation but in {@link Subcommands}: picocli
 * builds a command's whole model by reflection when it is added, so {@link Main} adds only the subcommand a
 * command line names (and all of them for the help, completion and anything else), which saves a good part of
 * a short run's start.
 */
@Command(name = "aadcfg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT,
        description = {"Safely patch AADConnectProvisioningAgent.exe.config, the .NET config of the Microsoft Entra "
                + "provisioning agent, or any .NET *.config file. Each edit changes nothing but its target, is "
                + "checked before it is written, backed up and written atomically under a lock; a file already in "
                + "the desired state is not written."},
        footerHeading = "%nExample:%n",
        footer = {"  aadcfg proxy set --address http://proxy.contoso.com:8080 --dry-run \\",
            "      AADConnectProvisioningAgent.exe.config"})
final class AadcfgCommand {
}

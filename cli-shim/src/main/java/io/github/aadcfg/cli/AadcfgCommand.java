package io.github.aadcfg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The {@code aadcfg} command and its subcommands. */
@Command(name = "aadcfg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT,
        description = {"Safely patch AADConnectProvisioningAgent.exe.config, the .NET config of the Microsoft Entra "
                + "provisioning agent, or any .NET *.config file. Each edit changes nothing but its target, is "
                + "checked before it is written, backed up and written atomically under a lock; a file already in "
                + "the desired state is not written."},
        subcommands = {ProxyCommand.class, TracingCommand.class, AppSettingCommand.class, FipsCommand.class,
            TransformCommand.class,
            LintCommand.class, BackupsCommand.class, RestoreCommand.class, DemoCommand.class, CompletionCommand.class},
        footerHeading = "%nExample:%n",
        footer = {"  aadcfg proxy set --address http://proxy.contoso.com:8080 --dry-run \\",
            "      AADConnectProvisioningAgent.exe.config"})
public final class AadcfgCommand {
}

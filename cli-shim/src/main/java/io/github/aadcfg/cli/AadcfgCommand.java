package io.github.aadcfg.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code aadcfg} command. Its subcommands are not in the annotation but in {@link #SUBCOMMANDS}: picocli
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
public final class AadcfgCommand {
    /** The subcommands by name (each class's {@code @Command} name), in the order the help lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS;

    static {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("proxy", ProxyCommand.class);
        all.put("tracing", TracingCommand.class);
        all.put("appsetting", AppSettingCommand.class);
        all.put("fips", FipsCommand.class);
        all.put("transform", TransformCommand.class);
        all.put("lint", LintCommand.class);
        all.put("backups", BackupsCommand.class);
        all.put("restore", RestoreCommand.class);
        all.put("demo", DemoCommand.class);
        all.put("completion", CompletionCommand.class);
        SUBCOMMANDS = Collections.unmodifiableMap(all);
    }
}

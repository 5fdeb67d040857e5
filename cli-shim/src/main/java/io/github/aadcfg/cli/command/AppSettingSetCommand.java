package io.github.aadcfg.cli.command;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import io.github.aadcfg.core.agent.SetAppSetting;
import io.github.aadcfg.core.edits.ConfigEdit;

/** {@code aadcfg appsetting set}: sets an {@code appSettings} entry. */
@Command(name = "set",
        description = "Set appSettings/add[@key=KEY] to VALUE: the effective (last) entry is updated in place; "
                + "appSettings is created when needed.",
        footerHeading = "%nExample:%n",
        footer = {"  aadcfg appsetting set ServiceBusConnectionMode WebSocket \\",
            "      AADConnectProvisioningAgent.exe.config"})
final class AppSettingSetCommand extends EditCommand {
    @Parameters(index = "0", paramLabel = "KEY", description = "The key.")
    String key;

    @Parameters(index = "1", paramLabel = "VALUE", description = "The value.")
    String value;

    @Override
    List<ConfigEdit> edits() {
        return List.of(new SetAppSetting(key, value));
    }
}

package io.github.aadcfg.cli.command;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import io.github.aadcfg.core.agent.RemoveAppSetting;
import io.github.aadcfg.core.edits.ConfigEdit;

/** {@code aadcfg appsetting remove}: removes an {@code appSettings} entry. */
@Command(name = "remove",
        description = "Remove every appSettings/add[@key=KEY].",
        footerHeading = "%nExample:%n",
        footer = {"  aadcfg appsetting remove ServiceBusConnectionMode \\",
            "      AADConnectProvisioningAgent.exe.config"})
final class AppSettingRemoveCommand extends EditCommand {
    @Parameters(index = "0", paramLabel = "KEY", description = "The key.")
    String key;

    @Override
    List<ConfigEdit> edits() {
        return List.of(new RemoveAppSetting(key));
    }
}

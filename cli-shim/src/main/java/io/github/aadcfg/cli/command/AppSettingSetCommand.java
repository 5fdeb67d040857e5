package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import io.github.aadcfg.core.AgentEdits;
import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.ConfigEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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
    Function<Path, List<ConfigEdit>> edits(ConfigEditor editor) {
        List<ConfigEdit> edits = List.of(AgentEdits.setAppSetting(key, value));
        return file -> edits;
    }
}

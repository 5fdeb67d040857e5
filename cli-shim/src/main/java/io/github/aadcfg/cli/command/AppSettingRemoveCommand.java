package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import io.github.aadcfg.core.AgentEdits;
import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.ConfigEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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
    Function<Path, List<ConfigEdit>> edits(ConfigEditor editor) {
        List<ConfigEdit> edits = List.of(AgentEdits.removeAppSetting(key));
        return file -> edits;
    }
}

package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import io.github.aadcfg.core.AgentEdits;
import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.ConfigEditor;
import picocli.CommandLine.Command;

/** {@code aadcfg proxy remove}: removes the outbound proxy. */
@Command(name = "remove",
        description = "Remove the outbound proxy: drops defaultProxy, and system.net when nothing else is left in it.",
        footerHeading = "%nExample:%n",
        footer = "  aadcfg proxy remove --dry-run AADConnectProvisioningAgent.exe.config")
final class ProxyRemoveCommand extends EditCommand {
    @Override
    Function<Path, List<ConfigEdit>> edits(ConfigEditor editor) {
        List<ConfigEdit> edits = List.of(AgentEdits.removeProxy());
        return file -> edits;
    }
}

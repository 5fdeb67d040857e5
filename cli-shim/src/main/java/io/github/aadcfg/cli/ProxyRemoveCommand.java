package io.github.aadcfg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.aadcfg.core.AgentEdits;
import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.ConfigEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aadcfg proxy remove}: removes the outbound proxy. */
@Command(name = "remove",
        description = "Remove the outbound proxy: drops defaultProxy, and system.net when nothing else is left in it.",
        footerHeading = "%nExample:%n",
        footer = "  aadcfg proxy remove --dry-run AADConnectProvisioningAgent.exe.config")
final class ProxyRemoveCommand extends EditCommand {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Config files to edit.")
    List<Path> files = new ArrayList<>();

    @Override
    List<Path> files() {
        return files;
    }

    @Override
    Function<Path, List<ConfigEdit>> edits(ConfigEditor editor) {
        List<ConfigEdit> edits = List.of(AgentEdits.removeProxy());
        return file -> edits;
    }
}

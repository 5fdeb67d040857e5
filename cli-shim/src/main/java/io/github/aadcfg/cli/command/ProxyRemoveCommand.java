package io.github.aadcfg.cli.command;

import java.util.List;

import picocli.CommandLine.Command;

import io.github.aadcfg.core.agent.RemoveProxy;
import io.github.aadcfg.core.edits.ConfigEdit;

/** {@code aadcfg proxy remove}: removes the outbound proxy. */
@Command(name = "remove",
        description = "Remove the outbound proxy: drops defaultProxy, and system.net when nothing else is left in it.",
        footerHeading = "%nExample:%n",
        footer = "  aadcfg proxy remove --dry-run AADConnectProvisioningAgent.exe.config")
final class ProxyRemoveCommand extends EditCommand {
    @Override
    List<ConfigEdit> edits() {
        return List.of(new RemoveProxy());
    }
}

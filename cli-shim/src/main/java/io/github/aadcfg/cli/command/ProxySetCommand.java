package io.github.aadcfg.cli.command;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;

/** {@code aadcfg proxy set}: sets the outbound proxy. */
@Command(name = "set",
        description = {"Set the outbound proxy: system.net/defaultProxy and its proxy child, added just before "
                + "</configuration> as Microsoft's guide does, or edited in place. Missing bypass entries are added."},
        footerHeading = "%nExample:%n",
        footer = {"  aadcfg proxy set --address http://proxy.contoso.com:8080 \\",
            "      --bypass '.*\\.contoso\\.com' AADConnectProvisioningAgent.exe.config"})
final class ProxySetCommand extends EditCommand {
    @Option(names = "--address", required = true, paramLabel = "URL",
            description = "The proxy: an http or https URL with host and port, e.g. http://proxy.contoso.com:8080.")
    String address;

    @Option(names = "--bypass", paramLabel = "REGEX",
            description = "A regular expression of addresses that bypass the proxy; repeatable.")
    List<String> bypass = new ArrayList<>();

    @Option(names = "--bypass-on-local", arity = "1", paramLabel = "BOOL",
            description = "Whether local addresses bypass the proxy (default: true).")
    Boolean bypassOnLocal;

    @Option(names = "--use-default-credentials", arity = "1", paramLabel = "BOOL",
            description = "Whether the agent authenticates to the proxy as its service account (default: true).")
    Boolean useDefaultCredentials;

    @Option(names = "--use-system-default", arity = "1", paramLabel = "BOOL",
            description = "Whether the system's proxy settings apply as well (default: true).")
    Boolean useSystemDefault;

    @Override
    List<ConfigEdit> edits() {
        return List.of(new SetProxy(ProxySettings.of(address).withBypassList(bypass).withBypassOnLocal(bypassOnLocal)
                .withUseDefaultCredentials(useDefaultCredentials).withUseSystemDefault(useSystemDefault)));
    }
}

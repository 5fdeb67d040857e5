package io.github.aadcfg.cli.command;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.aadcfg.core.agent.SetFipsPolicy;
import io.github.aadcfg.core.edits.ConfigEdit;

/** {@code aadcfg fips}: the .NET FIPS policy. */
@Command(name = "fips",
        description = {"Set runtime/enforceFIPSPolicy@enabled, inside the existing <runtime> when there is one. "
                + "Password hash sync on a FIPS-locked server needs --enforce=false."},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg fips --enforce=false AADConnectProvisioningAgent.exe.config")
final class FipsCommand extends EditCommand {
    @Option(names = "--enforce", required = true, arity = "1", paramLabel = "BOOL",
            description = "Whether .NET enforces the FIPS policy.")
    boolean enforce;

    @Override
    List<ConfigEdit> edits() {
        return List.of(new SetFipsPolicy(enforce));
    }
}

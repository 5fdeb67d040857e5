package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import io.github.aadcfg.core.AgentEdits;
import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.ConfigEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
    Function<Path, List<ConfigEdit>> edits(ConfigEditor editor) {
        List<ConfigEdit> edits = List.of(AgentEdits.setFipsPolicy(enforce));
        return file -> edits;
    }
}

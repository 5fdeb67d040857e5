package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.xdt.XdtTransform;

/** {@code aadcfg transform}: applies XDT transform files. */
@Command(name = "transform",
        description = {"Apply XML-Document-Transform files (Web.Release.config style: xdt:Transform, xdt:Locator) "
                + "with Microsoft's semantics. Several --xdt files run in the given order as one write. "
                + "Transforms that match nothing are warnings (on stderr, or the JSON warnings, which name the "
                + "transform file)."},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg transform --xdt AgentProxy.xdt.config --dry-run AADConnectProvisioningAgent.exe.config")
final class TransformCommand extends EditCommand {
    @Option(names = "--xdt", required = true, paramLabel = "TRANSFORM", description = "An XDT transform file.")
    List<Path> transforms = new ArrayList<>();

    @Override
    List<ConfigEdit> edits() {
        return transforms.stream().<ConfigEdit>map(XdtTransform::read).toList();
    }
}

package io.github.aadcfg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.aadcfg.core.ConfigDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code aadcfg proxy show}: prints the proxy each file declares. */
@Command(name = "show",
        description = "Show the outbound proxy each file declares, as written. An address holding user info is hidden.",
        footerHeading = "%nExample:%n",
        footer = "  aadcfg proxy show --json AADConnectProvisioningAgent.exe.config")
final class ProxyShowCommand extends FileCommand {
    @Mixin
    BatchOptions batch;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Config files to read.")
    List<Path> files = new ArrayList<>();

    @Override
    List<Path> targets() {
        return batch.targets(files);
    }

    @Override
    int jobs() {
        return batch.jobs;
    }

    @Override
    Function<Path, FileReport> prepare() {
        return file -> new ProxyReport(file, ConfigDocument.read(file).requireDotNetConfig().proxy().orElse(null),
                null);
    }

    @Override
    FileReport failed(Path file, RuntimeException e) {
        return ProxyReport.failed(file, e);
    }
}

package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.function.Function;

import picocli.CommandLine.Command;

import io.github.aadcfg.cli.report.FileReport;
import io.github.aadcfg.cli.report.ProxyReport;
import io.github.aadcfg.core.ConfigDocument;

/** {@code aadcfg proxy show}: prints the proxy each file declares. */
@Command(name = "show",
        description = "Show the outbound proxy each file declares, as written. User info in an address is masked.",
        footerHeading = "%nExample:%n",
        footer = "  aadcfg proxy show --json AADConnectProvisioningAgent.exe.config")
final class ProxyShowCommand extends FileCommand {
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

package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.function.Function;

import picocli.CommandLine.Command;

import io.github.aadcfg.cli.report.FileReport;
import io.github.aadcfg.cli.report.LintReport;
import io.github.aadcfg.core.ConfigDocument;

/** {@code aadcfg lint}: reports the mistakes that stop the agent from starting. */
@Command(name = "lint",
        description = {"Report what stops the agent from starting or leaves a documented edit half done: "
                + "duplicate sections, configSections not first, the guide's placeholders, an invalid proxy "
                + "address, undeclared listeners; and warnings. Exits 65 when any error-level finding exists."},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg lint --json AADConnectProvisioningAgent.exe.config")
final class LintCommand extends FileCommand {
    @Override
    Function<Path, FileReport> prepare() {
        return file -> new LintReport(file, ConfigDocument.read(file).lint(), null);
    }

    @Override
    FileReport failed(Path file, RuntimeException e) {
        return LintReport.failed(file, e);
    }
}

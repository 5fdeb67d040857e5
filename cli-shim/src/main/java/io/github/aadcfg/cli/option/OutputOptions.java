package io.github.aadcfg.cli.option;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import io.github.aadcfg.cli.report.ReportPrinter;

/** How results are printed: human lines or JSON Lines, all of it or only the errors. */
public final class OutputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON Lines on standard output: one object per file.")
    boolean json;

    @Option(names = {"-q", "--quiet"},
            description = "Print only errors: no other lines, summary or progress bar (JSON output is unchanged).")
    boolean quiet;

    /** A printer for {@code files} files. */
    public ReportPrinter printer(int files, boolean detailedExitCode) {
        CommandLine command = spec.commandLine();
        return ReportPrinter.create(command.getOut(), command.getErr(), json, quiet, files, detailedExitCode);
    }
}

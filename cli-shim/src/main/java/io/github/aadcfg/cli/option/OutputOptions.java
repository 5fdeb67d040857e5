package io.github.aadcfg.cli.option;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import io.github.aadcfg.cli.report.ReportPrinter;

/** How results are printed: human lines or JSON Lines, all of it or only the errors. */
public final class OutputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON Lines on standard output: one object per file, then a "
            + "summary; errors too.")
    boolean json;

    @Option(names = {"-q", "--quiet"},
            description = "Print only what fails (errors, lint's error-level findings): no other lines, summary or "
                    + "progress bar (JSON output is unchanged).")
    boolean quiet;

    /** A printer for {@code files} files. */
    public ReportPrinter printer(int files, boolean detailedExitCode) {
        return ReportPrinter.create(spec, json, quiet, files, detailedExitCode);
    }
}

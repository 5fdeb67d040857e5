package io.github.aadcfg.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How results are printed: human lines or JSON Lines, all of it or only the errors. */
final class OutputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON Lines on standard output: one object per file.")
    boolean json;

    @Option(names = {"-q", "--quiet"},
            description = "Print only errors: no other lines, summary or progress bar (JSON output is unchanged).")
    boolean quiet;

    /** A printer for {@code files} files. */
    ReportPrinter printer(int files, boolean detailedExitCode) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = json ? Terminal.utf8Stdout() : spec.commandLine().getOut();
        boolean terminal = Terminal.interactive();
        Progress progress = terminal && !quiet && files > 1 ? new Progress(err, files) : null;
        Style style = new Style(!json && Terminal.colors());
        return new ReportPrinter(out, err, json, quiet, detailedExitCode, style, progress);
    }
}

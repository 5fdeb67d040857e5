package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;

import io.github.aadcfg.core.internal.text.Lines;

/**
 * Prints reports in the order they are handed over: as JSON Lines, or as human lines with a summary and
 * a progress bar. Keeps the most severe exit code seen.
 */
public final class ReportPrinter {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean quiet;
    private final boolean detailed;
    private final Style style;
    private final Progress progress;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int printed;
    private int exitCode = ExitCodes.OK;

    /**
     * A printer for a command's {@code files} files: human lines on {@code out}, colored on a terminal, with a
     * progress bar on {@code err} there for several files unless {@code quiet}; or, with {@code json}, JSON
     * Lines on standard output as UTF-8.
     *
     * @param out      the command's standard output
     * @param err      the command's standard error
     * @param json     {@code --json}
     * @param quiet    {@code --quiet}
     * @param files    how many files will be printed
     * @param detailed {@code --detailed-exitcode}
     */
    public static ReportPrinter create(PrintWriter out, PrintWriter err, boolean json, boolean quiet, int files,
            boolean detailed) {
        Progress progress = Terminal.interactive() && !quiet && files > 1 ? new Progress(err, files) : null;
        Style style = new Style(!json && Terminal.colors());
        return new ReportPrinter(json ? Terminal.utf8Stdout() : out, err, json, quiet, detailed, style, progress);
    }

    /**
     * A printer.
     *
     * @param out      where reports go
     * @param err      where errors that concern no single file go
     * @param json     JSON Lines instead of human lines
     * @param quiet    human output: only failures, no summary
     * @param detailed {@code --detailed-exitcode}
     * @param style    colors for human output
     * @param progress the progress bar, or {@code null}
     */
    private ReportPrinter(PrintWriter out, PrintWriter err, boolean json, boolean quiet, boolean detailed, Style style,
            Progress progress) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.quiet = quiet;
        this.detailed = detailed;
        this.style = style;
        this.progress = progress;
    }

    /** Prints one file's report. */
    public void print(FileReport report) {
        if (progress != null) {
            progress.clear();
        }
        if (json) {
            out.println(Json.line(report.toJson()));
        } else if (!quiet || report.failure() != null) {
            report.printHuman(out, style);
        }
        out.flush();
        if (!json) {
            report.printWarnings(err);
            err.flush();
        }
        printed++;
        counts.merge(report.summary(), 1, Integer::sum);
        exitCode = ExitCodes.worst(exitCode, report.exitCode(detailed));
        if (progress != null) {
            progress.show(printed);
        }
    }

    /** Reports a failure that concerns no single file (e.g. an invalid value) and returns the exit code. */
    public int fail(RuntimeException e) {
        Failure failure = Failure.of(e);
        if (json) {
            JsonObject object = Json.report(null, "error");
            object.add("error", Json.error(failure));
            out.println(Json.line(object));
            out.flush();
        } else {
            err.println("aadcfg: error: " + Printable.of(failure.message()));
            err.flush();
        }
        exitCode = ExitCodes.worst(exitCode, failure.exitCode());
        return exitCode;
    }

    /** Ends the output with a summary line when there were several files; returns the exit code. */
    public int finish() {
        if (progress != null) {
            progress.clear();
        }
        if (!json && !quiet && printed > 1) {
            out.println(printed + " files: " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")));
            out.flush();
        }
        return exitCode;
    }
}

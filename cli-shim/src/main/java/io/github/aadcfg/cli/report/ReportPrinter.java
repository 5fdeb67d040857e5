package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;

import io.github.aadcfg.core.agent.AgentService;

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
    /** The first agent config this run changed, whose service must restart; {@code null} while there is none. */
    private Path agentConfigChanged;

    /**
     * A printer for a command's {@code files} files: human lines on {@code out}, colored on a terminal, with a
     * progress bar on {@code err} for several files when it is a terminal, unless {@code quiet}; or, with
     * {@code json}, JSON Lines on standard output as UTF-8.
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
        Progress progress = Terminal.errorIsTerminal() && !quiet && files > 1 ? new Progress(err, files) : null;
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
        if (agentConfigChanged == null && report.changedOnDisk() && AgentService.isAgentConfig(report.file())) {
            agentConfigChanged = report.file();
        }
        counts.merge(report.summary(), 1, Integer::sum);
        exitCode = ExitCodes.worst(exitCode, report.exitCode(detailed));
        if (progress != null) {
            progress.show(printed);
        }
    }

    /** Reports a failure that concerns no single file (e.g. an unreadable file list) and returns the exit code. */
    public int fail(RuntimeException e) {
        Failure failure = Failure.of(e);
        report(failure);
        exitCode = ExitCodes.worst(exitCode, failure.exitCode());
        return exitCode;
    }

    /**
     * Reports an invalid value given on the command line, refused before any file is read, as {@link #fail} does,
     * and returns the exit code of a usage error.
     */
    public int usageError(RuntimeException e) {
        report(Failure.of(e));
        exitCode = ExitCodes.USAGE;
        return exitCode;
    }

    private void report(Failure failure) {
        if (json) {
            JsonObject object = Json.report(null, "error");
            object.add("error", Json.error(failure));
            out.println(Json.line(object));
            out.flush();
        } else {
            err.println("aadcfg: error: " + Printable.of(failure.message()));
            err.flush();
        }
    }

    /**
     * Ends the output with a summary line when there were several files and, when an agent config was changed, a
     * reminder on stderr to restart the agent (human output only); returns the exit code.
     */
    public int finish() {
        if (progress != null) {
            progress.clear();
        }
        if (!json && !quiet && printed > 1) {
            out.println(printed + " files: " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")));
            out.flush();
        }
        if (!json && !quiet && agentConfigChanged != null) {
            err.println("aadcfg: " + Printable.of(AgentService.restartReminder(agentConfigChanged)));
            err.flush();
        }
        return exitCode;
    }

    /**
     * Says, after {@link #finish}, that a signal stopped the batch after {@code handled} of its {@code total}
     * files: on stderr and, in JSON mode, as a last JSON line ({@code "status": "interrupted"}); returns 130.
     */
    public int interrupted(int handled, int total) {
        String message = "interrupted after " + handled + " of " + FileReport.count(total, "file");
        if (json) {
            JsonObject object = Json.report(null, "interrupted");
            object.add("error", Json.error(new Failure("interrupted", message, message, null, 0, 0,
                    ExitCodes.INTERRUPTED)));
            out.println(Json.line(object));
            out.flush();
        }
        err.println("aadcfg: " + message);
        err.flush();
        exitCode = ExitCodes.INTERRUPTED;
        return exitCode;
    }
}

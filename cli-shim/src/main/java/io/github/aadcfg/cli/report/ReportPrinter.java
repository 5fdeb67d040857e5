package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;

import picocli.CommandLine.Model.CommandSpec;

import io.github.aadcfg.core.agent.AgentService;

/**
 * Prints reports in the order they are handed over: as JSON Lines ended by a summary line, or as human lines
 * with a summary and a progress bar. Keeps the most severe exit code seen.
 */
public final class ReportPrinter {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean quiet;
    private final boolean detailed;
    private final Style style;
    private final Progress progress;
    private final Overrides overrides;
    private final Map<String, Integer> humanCounts = new LinkedHashMap<>();
    private final Map<String, Integer> statusCounts = new LinkedHashMap<>();
    private Outcome mostSignificant;
    private boolean anyFailed;
    private int printed;
    private int exitCode = ExitCodes.OK;
    /** The first agent config this run changed, whose service must restart; {@code null} while there is none. */
    private Path agentConfigChanged;
    /** Why the batch stopped early, or {@code null} when it ran through. */
    private String interruption;

    /**
     * A printer for {@code command}'s {@code files} files: human lines on its standard output, colored on a
     * terminal, with a progress bar on its standard error there for several files unless {@code quiet}; or,
     * with {@code json}, JSON Lines on standard output as UTF-8. Errors name the option of {@code command} that
     * overrides them ({@link Overrides}).
     *
     * @param command  the command that runs
     * @param json     {@code --json}
     * @param quiet    {@code --quiet}
     * @param files    how many files will be printed
     * @param detailed {@code --detailed-exitcode}
     */
    public static ReportPrinter create(CommandSpec command, boolean json, boolean quiet, int files, boolean detailed) {
        PrintWriter err = command.commandLine().getErr();
        Progress progress = Terminal.errorIsTerminal() && !quiet && files > 1 ? new Progress(err, files) : null;
        Style style = new Style(!json && Terminal.colors());
        PrintWriter out = json ? Terminal.utf8Stdout() : command.commandLine().getOut();
        return new ReportPrinter(out, err, json, quiet, detailed, style, progress, Overrides.of(command));
    }

    /**
     * A printer.
     *
     * @param out       where reports go
     * @param err       where warnings, and errors that concern no single file, go in human output
     * @param json      JSON Lines instead of human lines
     * @param quiet     human output: only what fails, no summary
     * @param detailed  {@code --detailed-exitcode}
     * @param style     colors for human output
     * @param progress  the progress bar, or {@code null}
     * @param overrides the options that override refusals
     */
    private ReportPrinter(PrintWriter out, PrintWriter err, boolean json, boolean quiet, boolean detailed, Style style,
            Progress progress, Overrides overrides) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.quiet = quiet;
        this.detailed = detailed;
        this.style = style;
        this.progress = progress;
        this.overrides = overrides;
    }

    /** Prints one file's report; with {@code quiet}, human output shows only files whose exit code is not 0. */
    public void print(FileReport report) {
        if (progress != null) {
            progress.clear();
        }
        Failure failure = report.failure();
        if (json) {
            out.println(Json.line(Json.fileLine(report, overrides)));
        } else if (failure != null) {
            out.println(failure.humanLine(report.file(), overrides.hint(failure)));
        } else if (!quiet || report.exitCode(false) != ExitCodes.OK) {
            report.printHuman(out, style);
        }
        out.flush();
        if (!json) {
            report.printWarnings(err);
            err.flush();
        }
        count(report);
        if (progress != null) {
            progress.show(printed);
        }
    }

    private void count(FileReport report) {
        printed++;
        if (agentConfigChanged == null && report.changedOnDisk() && AgentService.isAgentConfig(report.file())) {
            agentConfigChanged = report.file();
        }
        humanCounts.merge(report.summary(), 1, Integer::sum);
        statusCounts.merge(report.status(), 1, Integer::sum);
        if (report.failure() != null) {
            anyFailed = true;
        } else if (mostSignificant == null || report.outcome().rank() > mostSignificant.rank()) {
            mostSignificant = report.outcome();
        }
        exitCode = ExitCodes.worst(exitCode, report.exitCode(detailed));
    }

    /**
     * Reports a failure that concerns no single file (e.g. an invalid value), instead of any file report, and
     * returns the exit code.
     */
    public int fail(RuntimeException e) {
        return fail(Failure.of(e));
    }

    /**
     * Reports an invalid value given on the command line, refused before any file is read, as {@link #fail} does,
     * with the exit code of a usage error; returns it.
     */
    public int usageError(RuntimeException e) {
        return fail(Failure.of(e).withExitCode(ExitCodes.USAGE));
    }

    private int fail(Failure failure) {
        String hint = overrides.hint(failure);
        if (json) {
            out.println(Json.line(Json.errorLine(failure, hint)));
            out.flush();
        } else {
            err.println("aadcfg: error: " + Printable.of(failure.message()) + Overrides.humanSuffix(hint));
            err.flush();
        }
        // a usage error (64) is reported before any file, so no file's code competes with it
        exitCode = failure.exitCode() == ExitCodes.USAGE ? ExitCodes.USAGE
                : ExitCodes.worst(exitCode, failure.exitCode());
        return exitCode;
    }

    /**
     * Notes, before {@link #finish}, that a signal stopped the batch after {@code handled} of its {@code total}
     * files: says so on stderr, and the JSON summary says so too ({@code "status": "interrupted"}); the exit code
     * becomes 130.
     */
    public void interrupted(int handled, int total) {
        interruption = "interrupted after " + handled + " of " + FileReport.count(total, "file");
        err.println("aadcfg: " + interruption);
        err.flush();
        exitCode = ExitCodes.INTERRUPTED;
    }

    /**
     * Ends the output: the JSON summary line, or the human summary line when there were several files and not
     * {@code quiet}; then, when an agent config was changed, a reminder on stderr to restart the agent (human
     * output only). Returns the exit code.
     */
    public int finish() {
        if (progress != null) {
            progress.clear();
        }
        if (json) {
            out.println(Json.line(summaryLine()));
        } else if (!quiet && printed > 1) {
            out.println(printed + " files: " + humanCounts.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        }
        out.flush();
        if (!json && !quiet && agentConfigChanged != null) {
            err.println("aadcfg: " + Printable.of(AgentService.restartReminder(agentConfigChanged)));
            err.flush();
        }
        return exitCode;
    }

    /**
     * The JSON summary: {@code type}, {@code file} (null), {@code status} (the most significant of the files':
     * {@code error} if any failed, null for no file; {@code interrupted} with a {@code message} when a signal
     * stopped the batch), {@code files}, {@code counts} by status, {@code exitCode}.
     */
    private JsonObject summaryLine() {
        String status = interruption != null ? "interrupted" : anyFailed ? "error"
                : mostSignificant == null ? null : mostSignificant.json();
        JsonObject summary = Json.start("summary", null, status);
        if (interruption != null) {
            summary.addProperty("message", interruption);
        }
        summary.addProperty("files", printed);
        JsonObject counts = new JsonObject();
        statusCounts.forEach(counts::addProperty);
        summary.add("counts", counts);
        summary.addProperty("exitCode", exitCode);
        return summary;
    }
}

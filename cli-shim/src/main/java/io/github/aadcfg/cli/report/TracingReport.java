package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import io.github.aadcfg.core.agent.TracingView;
import io.github.aadcfg.core.report.SecretMask;

/**
 * The agent's tracing one file declares, and its trace file on this machine.
 *
 * @param file        the file, as given
 * @param tracing     what the file declares, or {@code null} on failure
 * @param logFileSize the trace file's size in bytes, or {@code null} when it is not found here (none declared, no
 *                    such file, or a Windows path on another system)
 * @param failure     why it could not be read, or {@code null}
 */
public record TracingReport(Path file, TracingView tracing, Long logFileSize, Failure failure) implements FileReport {

    /** Verbose tracing is off. */
    static final Outcome OFF = new Outcome("ok", "without verbose tracing", 0);
    /** Verbose tracing is on. */
    static final Outcome VERBOSE = new Outcome("ok", "with verbose tracing", 1);

    /** The report of a file that could not be read. */
    public static TracingReport failed(Path file, RuntimeException e) {
        return new TracingReport(file, null, null, Failure.of(e));
    }

    @Override
    public Outcome outcome() {
        return tracing.verbose() ? VERBOSE : OFF;
    }

    @Override
    public void addFields(JsonObject json) {
        if (tracing == null) {
            json.add("tracing", JsonNull.INSTANCE);
            return;
        }
        JsonObject value = new JsonObject();
        value.addProperty("verbose", tracing.verbose());
        value.addProperty("level", SecretMask.value(tracing.level()));
        value.addProperty("logFile", SecretMask.value(tracing.logFile()));
        value.addProperty("logFileSize", logFileSize);
        json.add("tracing", value);
    }

    /**
     * E.g. {@code agent.config: verbose tracing on, event log level All, trace file C:/ProgramData/.../ProvAgentTrace.log
     * (not found)}.
     */
    @Override
    public void printHuman(PrintWriter out, Style style) {
        List<String> parts = new ArrayList<>(List.of("verbose tracing " + (tracing.verbose() ? "on" : "off")));
        if (tracing.level() != null) {
            parts.add("event log level " + SecretMask.value(tracing.level()));
        }
        if (tracing.logFile() == null) {
            parts.add("no trace file declared");
        } else {
            parts.add("trace file " + SecretMask.value(tracing.logFile()) + " ("
                    + (logFileSize == null ? "not found" : FileReport.count(logFileSize, "byte")) + ")");
        }
        out.println(Printable.of(file) + ": " + Printable.of(String.join(", ", parts)));
    }
}

package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;

import io.github.aadcfg.core.report.Finding;

/**
 * The lint findings of one file.
 *
 * @param file     the file, as given
 * @param findings what was found
 * @param failure  why it could not be linted, or {@code null}
 */
public record LintReport(Path file, List<Finding> findings, Failure failure) implements FileReport {

    /** The report of a file that could not be read or parsed. */
    public static LintReport failed(Path file, RuntimeException e) {
        return new LintReport(file, List.of(), Failure.of(e));
    }

    private long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    @Override
    public String summary() {
        if (failure != null) {
            return "failed";
        }
        if (errors() > 0) {
            return "with errors";
        }
        return findings.isEmpty() ? "clean" : "with warnings";
    }

    @Override
    public int exitCode(boolean detailed) {
        if (failure != null) {
            return failure.exitCode();
        }
        return errors() > 0 ? ExitCodes.DATA : ExitCodes.OK;
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = Json.report(file, failure == null ? "ok" : "error");
        json.add("findings", Json.findings(findings));
        json.add("error", Json.error(failure));
        return json;
    }

    @Override
    public void printHuman(PrintWriter out, Style style) {
        if (failure != null) {
            out.println(failure.humanLine(file));
            return;
        }
        if (findings.isEmpty()) {
            out.println(Printable.of(file) + ": no findings");
            return;
        }
        long errors = errors();
        long warnings = findings.size() - errors;
        String counts = errors == 0 ? FileReport.count(warnings, "warning")
                : FileReport.count(errors, "error") + (warnings == 0 ? "" : ", " + FileReport.count(warnings, "warning"));
        out.println(Printable.of(file) + ": " + counts);
        findings.forEach(finding -> out.println("  " + Printable.of(finding)));
    }
}

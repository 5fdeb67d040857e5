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

    /** No finding. */
    static final Outcome CLEAN = new Outcome("clean", "clean", 0);
    /** Warnings only. */
    static final Outcome WARNINGS = new Outcome("warnings", "with warnings", 1);
    /** An error-level finding: edits refuse the file without {@code --force}. */
    static final Outcome LINT_ERRORS = new Outcome("lint-errors", "with errors", 2);

    /** The report of a file that could not be read or parsed. */
    public static LintReport failed(Path file, RuntimeException e) {
        return new LintReport(file, List.of(), Failure.of(e));
    }

    private long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    @Override
    public Outcome outcome() {
        if (errors() > 0) {
            return LINT_ERRORS;
        }
        return findings.isEmpty() ? CLEAN : WARNINGS;
    }

    /** Exit 65 for an error-level finding: the file is what edits refuse without {@code --force}. */
    @Override
    public int exitCode(boolean detailed) {
        if (failure == null && outcome() == LINT_ERRORS) {
            return ExitCodes.DATA;
        }
        return FileReport.super.exitCode(detailed);
    }

    @Override
    public void addFields(JsonObject json) {
        json.add("findings", Json.findings(findings));
    }

    @Override
    public void printHuman(PrintWriter out, Style style) {
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

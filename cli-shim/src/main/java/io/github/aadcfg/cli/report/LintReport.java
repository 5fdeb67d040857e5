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

    /** What lint found, from the least to the most significant. */
    enum Verdict implements Outcome {
        CLEAN("clean", "clean"),
        WARNINGS("warnings", "with warnings"),
        LINT_ERRORS("lint-errors", "with errors");

        private final String json;
        private final String human;

        Verdict(String json, String human) {
            this.json = json;
            this.human = human;
        }

        @Override
        public String json() {
            return json;
        }

        @Override
        public String human() {
            return human;
        }
    }

    /** The report of a file that could not be read or parsed. */
    public static LintReport failed(Path file, RuntimeException e) {
        return new LintReport(file, List.of(), Failure.of(e));
    }

    private long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    @Override
    public Verdict outcome() {
        if (errors() > 0) {
            return Verdict.LINT_ERRORS;
        }
        return findings.isEmpty() ? Verdict.CLEAN : Verdict.WARNINGS;
    }

    /** Exit 65 for an error-level finding: the file is what edits refuse without {@code --force}. */
    @Override
    public int exitCode(boolean detailed) {
        if (failure == null && outcome() == Verdict.LINT_ERRORS) {
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

package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.report.LintBlockedException;

/**
 * What an edit or a restore did to one file. A dry run carries the diff instead of a backup.
 *
 * @param file     the file, as given
 * @param outcome  what happened
 * @param backup   the backup taken, or {@code null}
 * @param diff     with {@code --dry-run}, the unified diff (empty when unchanged, {@code null} on error)
 * @param preview  whether this was a dry run
 * @param findings the lint findings on the file
 * @param warnings the warnings raised while planning (e.g. a transform that matched nothing)
 * @param failure  why it failed, or {@code null}
 */
public record EditReport(Path file, Outcome outcome, Path backup, String diff, boolean preview, List<Finding> findings,
        List<Finding> warnings, Failure failure) implements FileReport {

    /** What happened to the file. */
    enum Outcome {
        CHANGED("changed", "changed"),
        UNCHANGED("unchanged", "unchanged"),
        WOULD_CHANGE("would-change", "would change"),
        ERROR("error", "failed");

        final String json;
        final String human;

        Outcome(String json, String human) {
            this.json = json;
            this.human = human;
        }
    }

    /** The report of a commit. */
    public static EditReport committed(CommitResult result) {
        Outcome outcome = result.status() == Status.CHANGED ? Outcome.CHANGED : Outcome.UNCHANGED;
        Plan plan = result.plan();
        return new EditReport(result.file(), outcome, result.backup(), null, false, plan.findings(), plan.warnings(),
                null);
    }

    /** The report of a dry run. */
    public static EditReport planned(Path file, Plan plan) {
        return new EditReport(file, plan.changed() ? Outcome.WOULD_CHANGE : Outcome.UNCHANGED, null,
                plan.unifiedDiff(), true, plan.findings(), plan.warnings(), null);
    }

    /** The report of a failure. */
    public static EditReport failed(Path file, RuntimeException e, boolean preview) {
        List<Finding> findings = e instanceof LintBlockedException blocked ? blocked.findings() : List.of();
        return new EditReport(file, Outcome.ERROR, null, null, preview, findings, List.of(), Failure.of(e));
    }

    @Override
    public String summary() {
        return outcome.human;
    }

    @Override
    public int exitCode(boolean detailed) {
        if (failure != null) {
            return failure.exitCode();
        }
        boolean changes = outcome == Outcome.CHANGED || outcome == Outcome.WOULD_CHANGE;
        return detailed && changes ? ExitCodes.CHANGED : ExitCodes.OK;
    }

    @Override
    public boolean changedOnDisk() {
        return outcome == Outcome.CHANGED;
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = Json.report(file, outcome.json);
        json.add("backup", Json.path(backup));
        if (preview) {
            json.addProperty("diff", diff);
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(warnings);
        json.add("findings", Json.findings(all));
        json.add("error", Json.error(failure));
        return json;
    }

    @Override
    public void printHuman(PrintWriter out, Style style) {
        switch (outcome) {
            case ERROR -> out.println(failure.humanLine(file));
            case CHANGED -> out.println(Printable.of(file) + ": changed (backup: " + Printable.of(backup) + ")");
            case UNCHANGED -> out.println(Printable.of(file) + ": unchanged");
            case WOULD_CHANGE -> {
                out.println(Printable.of(file) + ": would change");
                out.print(style.diff(diff));
            }
        }
        if (failure == null) {
            findings.forEach(finding -> out.println("  " + Printable.of(finding)));
        }
    }

    @Override
    public void printWarnings(PrintWriter err) {
        warnings.forEach(warning -> err.println(Printable.of(file) + ": warning: " + Printable.of(warning.message())));
    }
}

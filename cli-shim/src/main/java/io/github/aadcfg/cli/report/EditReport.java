package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.report.LintBlockedException;
import io.github.aadcfg.core.report.SecretMask;

/**
 * What an edit or a restore did to one file. A dry run carries the diff instead of a backup.
 *
 * @param file     the file, as given
 * @param outcome  what happened ({@code null} on failure)
 * @param backup   the backup taken, or {@code null}
 * @param diff     with {@code --dry-run}, the unified diff (empty when unchanged, {@code null} on error)
 * @param preview  whether this was a dry run
 * @param edits    what each edit did, as the plan describes it (e.g. which backup {@code tracing disable}
 *                 restored the section from)
 * @param asked    the descriptions of the edits as the command line asked for them: human output shows only the
 *                 {@code edits} that say more
 * @param findings the lint findings on the file
 * @param warnings the warnings raised while planning (e.g. a transform that matched nothing)
 * @param failure  why it failed, or {@code null}
 */
public record EditReport(Path file, Outcome outcome, Path backup, String diff, boolean preview, List<String> edits,
        List<String> asked, List<Finding> findings, List<Finding> warnings, Failure failure) implements FileReport {

    /** The file's content was already as the edits want it. */
    static final Outcome UNCHANGED = new Outcome("unchanged", "unchanged", 0);
    /** A dry run found the edits would change the file. */
    static final Outcome WOULD_CHANGE = new Outcome("would-change", "would change", 1);
    /** The file was changed. */
    static final Outcome CHANGED = new Outcome("changed", "changed", 2);

    /**
     * The report of a commit.
     *
     * @param asked the descriptions of the edits asked for ({@link io.github.aadcfg.core.edits.ConfigEdit#description()})
     */
    public static EditReport committed(CommitResult result, List<String> asked) {
        Outcome outcome = result.status() == Status.CHANGED ? CHANGED : UNCHANGED;
        Plan plan = result.plan();
        return new EditReport(result.file(), outcome, result.backup(), null, false, plan.edits(), asked,
                plan.findings(), plan.warnings(), null);
    }

    /**
     * The report of a dry run.
     *
     * @param asked the descriptions of the edits asked for ({@link io.github.aadcfg.core.edits.ConfigEdit#description()})
     */
    public static EditReport planned(Path file, Plan plan, List<String> asked) {
        return new EditReport(file, plan.changed() ? WOULD_CHANGE : UNCHANGED, null,
                plan.unifiedDiff(), true, plan.edits(), asked, plan.findings(), plan.warnings(), null);
    }

    /** The report of a failure. */
    public static EditReport failed(Path file, RuntimeException e, boolean preview) {
        List<Finding> findings = e instanceof LintBlockedException blocked ? blocked.findings() : List.of();
        return new EditReport(file, null, null, null, preview, List.of(), List.of(), findings, List.of(),
                Failure.of(e));
    }

    @Override
    public int exitCode(boolean detailed) {
        if (failure != null) {
            return failure.exitCode();
        }
        return detailed && !outcome.equals(UNCHANGED) ? ExitCodes.CHANGED : ExitCodes.OK;
    }

    @Override
    public boolean changedOnDisk() {
        return CHANGED.equals(outcome);
    }

    @Override
    public void addFields(JsonObject json) {
        json.add("backup", Json.path(backup));
        if (preview) {
            json.addProperty("diff", diff);
        }
        json.add("edits", Json.texts(edits));
        json.add("findings", Json.findings(findings));
        json.add("warnings", Json.warnings(warnings, file));
    }

    @Override
    public void printHuman(PrintWriter out, Style style) {
        out.println(Printable.of(file) + ": " + outcome.human()
                + (outcome.equals(CHANGED) ? " (backup: " + Printable.of(backup) + ")" : ""));
        edits.stream().filter(edit -> !asked.contains(edit))
                .forEach(edit -> out.println("  " + Printable.of(SecretMask.text(edit))));
        if (preview) {
            out.print(style.diff(diff));
        }
        findings.forEach(finding -> out.println("  " + Printable.of(finding)));
    }

    @Override
    public void printWarnings(PrintWriter err) {
        warnings.forEach(warning -> err.println(Printable.of(file) + ": warning: " + Printable.of(warning.message())));
    }
}

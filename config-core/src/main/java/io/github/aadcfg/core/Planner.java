package io.github.aadcfg.core;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.internal.edit.EditSteps;
import io.github.aadcfg.core.internal.lint.Linter;
import io.github.aadcfg.core.internal.verify.BackupHistory;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.internal.verify.EditStep;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.report.LintBlockedException;

/**
 * Plans edits on a file's bytes in memory: decode, parse, lint, apply each edit (every step verified),
 * lint the result, encode. Touches no file; {@link ConfigEditor} adds the safe I/O around it.
 */
final class Planner {
    private Planner() {
    }

    /**
     * Plans {@code edits}, in order, on {@code bytes}.
     *
     * @param file    the file the bytes came from, for messages and diff headers
     * @param history the file's backups, for edits that consult them
     * @param force   edit even when the original has error-level lint findings; without it, such a file is
     *                edited only when the edits remove every one of them (e.g. setting the proxy over the
     *                guide's placeholders)
     * @throws AadcfgException when the input is unacceptable or an edit is invalid; nothing is written
     */
    static Plan plan(Path file, byte[] bytes, List<? extends ConfigEdit> edits, BackupHistory history,
            boolean force) {
        List<EditStep> steps = EditSteps.of(edits);
        ConfigDocument document = ConfigDocument.parse(file, bytes);
        boolean dotNet = document.isDotNetConfig();
        if (!dotNet && !steps.stream().allMatch(EditStep::anyDocument)) {
            document.requireDotNetConfig();
        }
        List<Finding> findings = dotNet ? document.lint() : List.of(); // the lint knows .NET configuration only
        List<Finding> blocking = force ? List.of() : findings.stream().filter(Finding::isError).toList();
        EditSession session = new EditSession(document.source(), history);
        try {
            for (EditStep step : steps) {
                step.applyTo(session);
            }
        } catch (AadcfgException e) {
            if (blocking.isEmpty()) {
                throw e;
            }
            throw new LintBlockedException(file, blocking); // what went wrong is most likely what lint found
        }
        if (!blocking.isEmpty() && !Linter.errors(session.document()).isEmpty()) { // the edits did not fix it
            throw new LintBlockedException(file, blocking);
        }
        String editedText = session.document().text();
        List<String> descriptions = steps.stream().map(EditStep::description).toList();
        if (editedText.equals(document.source().text())) {
            return new Plan(file, bytes, bytes, findings, session.warnings(), descriptions);
        }
        if (dotNet && !force) {
            refuseNewErrors(file, findings, Linter.errors(session.document()));
        }
        byte[] edited = document.source().source().encodeEdited(bytes, editedText, session.unchangedPrefix(),
                session.unchangedSuffix());
        return new Plan(file, bytes, edited, findings, session.warnings(), descriptions);
    }

    /** An edit must not leave the file with an error finding it did not have, unless forced. */
    private static void refuseNewErrors(Path file, List<Finding> before, List<Finding> after) {
        Map<String, Integer> counts = new HashMap<>();
        before.stream().filter(Finding::isError).forEach(f -> counts.merge(f.code(), 1, Integer::sum));
        for (Finding finding : after) {
            if (finding.isError() && counts.merge(finding.code(), -1, Integer::sum) < 0) {
                throw new AadcfgException(Category.BAD_DATA, "verify-lint", file, finding.line(), 0,
                        "the edit would introduce a lint error (" + finding.message() + "); nothing was written. Force the "
                                + "edit to apply it anyway", null);
            }
        }
    }
}

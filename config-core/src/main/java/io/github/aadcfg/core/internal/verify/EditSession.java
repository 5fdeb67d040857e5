package io.github.aadcfg.core.internal.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.aadcfg.core.internal.patch.DocumentEditor;
import io.github.aadcfg.core.internal.patch.FileStyle;
import io.github.aadcfg.core.internal.patch.Patch;
import io.github.aadcfg.core.internal.tree.Reparse;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Finding;

/**
 * The working state while edits are planned on one document. Each applied {@link Patch} is spliced
 * into the text; the part it changed is parsed again ({@link Reparse}) and verified against the previous
 * state ({@link ChangeVerifier}), so every later edit locates against exact, current spans. The session
 * owns the document's tree from then on: it is updated in place. Nothing here touches the disk.
 */
public final class EditSession {
    private final FileStyle style;
    private final BackupHistory history;
    private final List<Finding> warnings = new ArrayList<>();
    private SourceDocument document;
    private int unchangedPrefix;
    private int unchangedSuffix;

    /** Starts a session on a parsed document, with the file's backups for edits that consult them. */
    public EditSession(SourceDocument document, BackupHistory history) {
        this.document = document;
        this.history = history;
        this.style = FileStyle.of(document);
        this.unchangedPrefix = document.text().length();
        this.unchangedSuffix = document.text().length();
    }

    /** The document as edited so far. */
    public SourceDocument document() {
        return document;
    }

    /** How many characters at the start of the text no edit has changed so far. */
    public int unchangedPrefix() {
        return unchangedPrefix;
    }

    /** How many characters at the end of the text no edit has changed so far. */
    public int unchangedSuffix() {
        return unchangedSuffix;
    }

    /** The file's style, read once from the original. */
    public FileStyle style() {
        return style;
    }

    /** The file's backups, for edits that restore what an earlier edit replaced. */
    public BackupHistory history() {
        return history;
    }

    /** Records a warning for the plan (e.g. a transform that matched nothing); warnings never stop an edit. */
    public void warn(Finding warning) {
        warnings.add(warning);
    }

    /** The warnings recorded so far. */
    public List<Finding> warnings() {
        return List.copyOf(warnings);
    }

    /** An editor for the current state. */
    public DocumentEditor editor() {
        return new DocumentEditor(document, style);
    }

    /**
     * Plans one step against the current state and applies it.
     *
     * @param step locates what it needs from the editor's document and returns the patch to apply
     * @return whether the text changed
     */
    public boolean apply(Function<DocumentEditor, Patch> step) {
        return apply(step.apply(editor()));
    }

    /**
     * Applies a patch to the current state. An empty patch does nothing.
     *
     * @return whether the text changed
     * @throws AadcfgException when the result fails verification (nothing is kept)
     */
    public boolean apply(Patch patch) {
        if (patch.isEmpty()) {
            return false;
        }
        int from = patch.changedFrom();
        int to = patch.changedTo();
        String replacement = patch.replacementIn(document.text());
        if (replacement.length() == to - from && document.text().startsWith(replacement, from)) {
            return false;
        }
        Reparse region;
        try {
            region = document.reparse(from, to, replacement);
        } catch (AadcfgException e) {
            if (e.category() != Category.BAD_DATA) {
                throw e;
            }
            throw new AadcfgException(Category.INTERNAL, "verify-reparse", document.file(),
                    "the edited document does not parse again (" + e.reason()
                            + "); nothing was written. Please report this as a bug", e);
        }
        ChangeVerifier.verify(document.file(), region, patch.touchedBefore(), patch.touchedAfter());
        unchangedPrefix = Math.min(unchangedPrefix, from);
        unchangedSuffix = Math.min(unchangedSuffix, document.text().length() - to);
        document = region.commit();
        ChangeVerifier.requirePresent(document.file(), document.tree(), patch.touchedAfter());
        return true;
    }
}

package io.github.aadcfg.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.w3c.dom.Document;

import io.github.aadcfg.core.InvalidXmlException;
import io.github.aadcfg.core.VerificationFailedException;
import io.github.aadcfg.core.lint.Finding;
import io.github.aadcfg.core.locate.FileStyle;
import io.github.aadcfg.core.read.SourceDocument;
import io.github.aadcfg.core.read.SourceParser;
import io.github.aadcfg.core.verify.StructureVerifier;

/**
 * The working state while edits are planned on one document. Each applied {@link Patch} is spliced
 * into the text, the result parsed again and verified against the previous state, so every later edit
 * locates against exact, current spans. Nothing here touches the disk.
 */
public final class EditSession {
    private final FileStyle style;
    private final StructureVerifier verifier;
    private final List<Finding> warnings = new ArrayList<>();
    private SourceDocument document;
    private Document dom;

    /** Starts a session on a parsed document. */
    public EditSession(SourceDocument document) {
        this.document = document;
        this.style = FileStyle.of(document);
        this.verifier = new StructureVerifier(document.file());
    }

    /** The document as edited so far. */
    public SourceDocument document() {
        return document;
    }

    /** The file's style, read once from the original. */
    public FileStyle style() {
        return style;
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
     * @throws VerificationFailedException when the result fails verification (nothing is kept)
     */
    public boolean apply(Patch patch) {
        if (patch.isEmpty()) {
            return false;
        }
        String edited = patch.applyTo(document.text());
        if (edited.equals(document.text())) {
            return false;
        }
        SourceDocument next;
        try {
            next = SourceParser.parse(document.source().withText(edited));
        } catch (InvalidXmlException e) {
            throw new VerificationFailedException("verify-reparse", document.file(),
                    "the edited document does not parse again (" + e.reason()
                            + "); nothing was written. Please report this as a bug", e);
        }
        Document nextDom = verifier.parse(edited);
        if (dom == null) {
            dom = verifier.parse(document.text());
        }
        verifier.verify(dom, nextDom, patch.touchedBefore(), patch.touchedAfter());
        document = next;
        dom = nextDom;
        return true;
    }
}

package io.github.aadcfg.core.internal.agent;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.dom4j.Element;

import io.github.aadcfg.core.agent.DisableTracing.Way;
import io.github.aadcfg.core.agent.DisableTracing;
import io.github.aadcfg.core.internal.patch.NewElement;
import io.github.aadcfg.core.internal.patch.Patch;
import io.github.aadcfg.core.internal.patch.XmlFragment;
import io.github.aadcfg.core.internal.text.XmlChars;
import io.github.aadcfg.core.internal.tree.NodeSpan;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.internal.verify.EditStep;
import io.github.aadcfg.core.internal.xpath.SafeXPath;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Applies {@link DisableTracing}. Given the {@code <system.diagnostics>} section as it was before tracing was
 * turned on (found in the session's backups by {@link #findSectionBeforeVerbose}), restores exactly that
 * section and nothing else, so changes made elsewhere since are kept. Without it, removes the text writer
 * listener (where nothing else uses it) and sets the event log filter to a level.
 */
public final class DisableTracingStep implements EditStep {
    private final DisableTracing edit;
    private String done;

    /** The step of {@code edit}. */
    public DisableTracingStep(DisableTracing edit) {
        this.edit = edit;
        this.done = edit.description();
    }

    /** The {@code <system.diagnostics>} section of a backup as written, or its absence. */
    record Section(Path backup, String markup) {
        /** Whether the backup had no such section. */
        boolean absent() {
            return markup == null;
        }
    }

    /**
     * Finds, among backups (newest first), the diagnostics section as it was before verbose tracing was
     * turned on: the section of the newest backup that was not verbose.
     */
    static Optional<Section> findSectionBeforeVerbose(List<SourceDocument> backupsNewestFirst) {
        for (SourceDocument backup : backupsNewestFirst) {
            if (!VerboseTracing.isVerbose(backup)) {
                return Optional.of(new Section(backup.file(), Sections.child(backup.root(), "system.diagnostics")
                        .map(d -> {
                            NodeSpan span = backup.span(d);
                            return backup.text().substring(span.start(), span.end());
                        }).orElse(null)));
            }
        }
        return Optional.empty();
    }

    /** What was done: which backup was restored, or that the level was lowered and why. */
    @Override
    public String description() {
        return done;
    }

    @Override
    public void applyTo(EditSession session) {
        Optional<Section> section = edit.way() == Way.LEVEL_ONLY ? Optional.empty()
                : findSectionBeforeVerbose(session.history().newestFirst());
        if (section.isPresent()) {
            done = "tracing disable: <system.diagnostics> as in the backup " + section.get().backup();
            restoreSection(session, section.get());
            return;
        }
        if (edit.way() == Way.RESTORE_ONLY) {
            throw new AadcfgException(Category.INPUT_UNAVAILABLE, "no-backup", session.document().file(),
                    "no backup holds the diagnostics section as it was before verbose tracing was turned on ("
                            + session.history().where() + "); use a level instead");
        }
        if (edit.way() == Way.RESTORE_OR_LEVEL) {
            done = "tracing disable: no backup without verbose tracing (" + session.history().where()
                    + "), so the text writer listener is removed and the level set to " + edit.level();
        }
        lowerLevel(session, edit.level());
    }

    private static void restoreSection(EditSession session, Section restore) {
        session.apply(e -> {
            Optional<Element> current = Sections.child(e.document().root(), "system.diagnostics");
            if (current.isPresent()) {
                return restore.absent() ? e.remove(current.get())
                        : e.replace(current.get(), XmlFragment.verbatim(restore.markup()));
            }
            return restore.absent() ? Patch.NONE
                    : e.appendChild(e.document().root(), XmlFragment.verbatim(restore.markup()));
        });
    }

    private static void lowerLevel(EditSession session, String level) {
        Element root = session.document().root();
        Optional<Element> listeners = VerboseTracing.agentSource(root).flatMap(s -> Sections.child(s, "listeners"));
        listeners.flatMap(l -> Sections.childWith(l, "add", "name", VerboseTracing.TEXT_WRITER))
                .ifPresent(add -> session.apply(e -> e.remove(add)));
        Optional<Element> shared = Sections.path(session.document().root(), "system.diagnostics", "sharedListeners");
        if (shared.isPresent() && !referencedElsewhere(session.document())) {
            Sections.childWith(shared.get(), "add", "name", VerboseTracing.TEXT_WRITER)
                    .ifPresent(add -> session.apply(e -> e.remove(add)));
        }
        Optional<Element> etw = Sections.path(session.document().root(), "system.diagnostics", "sharedListeners")
                .flatMap(s -> Sections.childWith(s, "add", "name", "etw"));
        if (etw.isEmpty()) {
            return;
        }
        Optional<Element> filter = Sections.child(etw.get(), "filter");
        NewElement wanted = NewElement.named("filter").attribute("type", "System.Diagnostics.EventTypeFilter")
                .attribute("initializeData", level);
        session.apply(e -> filter.isPresent() ? e.setAttributes(filter.get(), wanted.attributes())
                : e.appendChild(etw.get(), wanted));
    }

    /** Whether any listener list still names the text writer listener. */
    private static boolean referencedElsewhere(SourceDocument document) {
        return !SafeXPath.compile("//*[local-name()='listeners']/*[local-name()='add'][@name='"
                + VerboseTracing.TEXT_WRITER + "']").selectNodes(document, document.root()).isEmpty();
    }
}

package io.github.aadcfg.core.agent;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dom4j.Element;

import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.InvalidValueException;
import io.github.aadcfg.core.edit.EditSession;
import io.github.aadcfg.core.edit.NewElement;
import io.github.aadcfg.core.edit.Patch;
import io.github.aadcfg.core.edit.XmlChars;
import io.github.aadcfg.core.edit.XmlFragment;
import io.github.aadcfg.core.locate.NodeSpan;
import io.github.aadcfg.core.read.SourceDocument;
import io.github.aadcfg.core.xpath.SafeXPath;

/**
 * Turns verbose tracing off. Given the {@code <system.diagnostics>} section as it was before tracing was
 * turned on (found in a backup by {@link #findSectionBeforeVerbose}), restores exactly that section and
 * nothing else, so changes made elsewhere since are kept. Without it, removes the text writer listener
 * (where nothing else uses it) and sets the event log filter to a level.
 */
public final class DisableTracing implements ConfigEdit {
    /** The values {@code EventTypeFilter} accepts ({@code SourceLevels} names). */
    public static final Set<String> LEVELS = Set.of("Off", "Critical", "Error", "Warning", "Information",
            "Verbose", "ActivityTracing", "All");
    /** The level used when tracing is turned off without a backup to restore. */
    public static final String DEFAULT_LEVEL = "Error";

    private final Section restore;
    private final String level;

    private DisableTracing(Section restore, String level) {
        this.restore = restore;
        this.level = level;
    }

    /** Restores a section captured from a backup. */
    public static DisableTracing restoring(Section section) {
        return new DisableTracing(section, null);
    }

    /** Removes the text writer listener and sets the event log filter to {@code level}. */
    public static DisableTracing toLevel(String level) {
        return new DisableTracing(null, checkLevel(level));
    }

    /** The {@code <system.diagnostics>} section of a file as written, or its absence. */
    public record Section(String markup) {
        /** Whether the file had no such section. */
        public boolean absent() {
            return markup == null;
        }
    }

    /**
     * Finds, among backups (newest first), the diagnostics section as it was before verbose tracing was
     * turned on: the section of the newest backup that was not verbose.
     */
    public static Optional<Section> findSectionBeforeVerbose(List<SourceDocument> backupsNewestFirst) {
        for (SourceDocument backup : backupsNewestFirst) {
            if (!VerboseTracing.isVerbose(backup)) {
                return Optional.of(new Section(Sections.child(backup.root(), "system.diagnostics").map(d -> {
                    NodeSpan span = backup.span(d);
                    return backup.text().substring(span.start(), span.end());
                }).orElse(null)));
            }
        }
        return Optional.empty();
    }

    static String checkLevel(String level) {
        XmlChars.require("tracing.level", level);
        if (level == null || !LEVELS.contains(level)) {
            throw new InvalidValueException("invalid-level", null, "tracing.level: '" + level
                    + "' is not one of " + String.join(", ", LEVELS.stream().sorted().toList()));
        }
        return level;
    }

    @Override
    public String description() {
        return restore != null ? "tracing disable (restore)" : "tracing disable --level " + level;
    }

    @Override
    public void applyTo(EditSession session) {
        if (restore != null) {
            restoreSection(session);
        } else {
            lowerLevel(session);
        }
    }

    private void restoreSection(EditSession session) {
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

    private void lowerLevel(EditSession session) {
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

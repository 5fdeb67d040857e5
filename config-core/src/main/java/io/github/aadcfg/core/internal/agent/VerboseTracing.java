package io.github.aadcfg.core.internal.agent;

import java.util.List;
import java.util.Optional;

import org.dom4j.Comment;
import org.dom4j.Element;
import org.dom4j.Node;

import io.github.aadcfg.core.agent.TracingView;
import io.github.aadcfg.core.internal.patch.DocumentEditor;
import io.github.aadcfg.core.internal.patch.Patch;
import io.github.aadcfg.core.internal.patch.XmlFragment;
import io.github.aadcfg.core.internal.tree.NodeSpan;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.tree.SourceDocument;

/** The names and values of the agent's verbose tracing block, as Microsoft's guide gives it. */
public final class VerboseTracing {
    /** The agent's trace source. */
    public static final String SOURCE = "AAD Connect Provisioning Agent";
    /** The event log source the {@code etw} listener writes to. */
    public static final String EVENT_LOG_SOURCE = "Azure AD Connect Provisioning Agent";
    /** The listener that writes the trace file. */
    public static final String TEXT_WRITER = "textWriterListener";
    /** The listeners the agent's source routes to, in the guide's order. */
    public static final List<String> LISTENERS = List.of("console", "etw", TEXT_WRITER);

    private VerboseTracing() {
    }

    /** The agent's {@code <source>}, if declared. */
    static Optional<Element> agentSource(Element root) {
        return Sections.path(root, "system.diagnostics", "sources")
                .flatMap(sources -> Sections.childWith(sources, "source", "name", SOURCE));
    }

    /** Whether the document routes the agent's source to the text writer listener. */
    public static boolean isVerbose(SourceDocument document) {
        return routedTextWriter(document.root()).isPresent();
    }

    /** The agent source's {@code <add name="textWriterListener">}, if it routes there. */
    private static Optional<Element> routedTextWriter(Element root) {
        return agentSource(root).flatMap(s -> Sections.child(s, "listeners"))
                .flatMap(l -> Sections.childWith(l, "add", "name", TEXT_WRITER));
    }

    /** The tracing {@code document} declares: whether it is verbose, the trace file and the event log level. */
    public static TracingView read(SourceDocument document) {
        Element root = document.root();
        Optional<Element> routed = routedTextWriter(root);
        Optional<Element> shared = Sections.path(root, "system.diagnostics", "sharedListeners");
        String logFile = routed.map(add -> add.attributeValue("initializeData"))
                .or(() -> shared.flatMap(s -> Sections.childWith(s, "add", "name", TEXT_WRITER))
                        .map(add -> add.attributeValue("initializeData")))
                .orElse(null);
        String level = shared.flatMap(s -> Sections.childWith(s, "add", "name", "etw"))
                .flatMap(etw -> Sections.child(etw, "filter")).map(filter -> filter.attributeValue("initializeData"))
                .orElse(null);
        return new TracingView(routed.isPresent(), logFile, level);
    }

    /**
     * A patch turning a commented-out {@code <add name="..."/>} child of {@code parent} into live markup,
     * or {@link Patch#NONE} when there is no such comment.
     */
    static Patch uncomment(DocumentEditor editor, Element parent, String name) {
        for (Node node : parent.content()) {
            if (node instanceof Comment comment && commentedAdd(comment.getText(), name)) {
                NodeSpan span = editor.document().span(comment);
                return editor.replaceText(comment, span.start(), span.end(), comment.getText().strip());
            }
        }
        return Patch.NONE;
    }

    private static boolean commentedAdd(String commentText, String name) {
        String markup = commentText.strip();
        if (!markup.startsWith("<add")) {
            return false;
        }
        try {
            XmlFragment fragment = XmlFragment.parse(markup);
            return fragment.topLevelNames().equals(List.of("add")) && (markup.contains("name=\"" + name + "\"")
                    || markup.contains("name='" + name + "'"));
        } catch (RuntimeException notMarkup) {
            return false;
        }
    }
}

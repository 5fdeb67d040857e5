package io.github.aadcfg.core.internal.agent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Element;

import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.internal.patch.NewElement;
import io.github.aadcfg.core.internal.text.XmlChars;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.internal.verify.EditStep;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/** Applies {@link EnableTracing}. */
public final class EnableTracingStep implements EditStep {
    private final EnableTracing edit;
    private final String logFile;
    private final String level;

    /** The step of {@code edit}. */
    public EnableTracingStep(EnableTracing edit) {
        this.edit = edit;
        this.logFile = edit.logFile();
        this.level = edit.level();
    }

    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public void applyTo(EditSession session) {
        if (diagnostics(session).isEmpty()) {
            session.apply(e -> e.appendChild(e.document().root(), diagnosticsBlock()));
            return;
        }
        ensureSourceListeners(session);
        ensureSharedListeners(session);
    }

    private void ensureSourceListeners(EditSession session) {
        Optional<Element> sources = diagnostics(session).flatMap(d -> Sections.child(d, "sources"));
        if (sources.isEmpty()) {
            session.apply(e -> e.prependChild(diagnostics(session).orElseThrow(), sourcesBlock()));
            return;
        }
        Optional<Element> source = VerboseTracing.agentSource(session.document().root());
        if (source.isEmpty()) {
            session.apply(e -> e.appendChild(sources.get(), sourceBlock()));
            return;
        }
        if (Sections.child(source.get(), "listeners").isEmpty()) {
            session.apply(e -> e.appendChild(source.get(), listenersBlock()));
            return;
        }
        for (String name : VerboseTracing.LISTENERS) {
            Element listeners = sourceListeners(session);
            if (Sections.childWith(listeners, "add", "name", name).isEmpty()
                    && !session.apply(e -> VerboseTracing.uncomment(e, listeners, name))) {
                session.apply(e -> e.appendChild(sourceListeners(session), NewElement.named("add").attribute("name", name)));
            }
        }
    }

    private void ensureSharedListeners(EditSession session) {
        if (diagnostics(session).flatMap(d -> Sections.child(d, "sharedListeners")).isEmpty()) {
            session.apply(e -> e.insertAfter(diagnostics(session).flatMap(d -> Sections.child(d, "sources"))
                    .orElseThrow(), sharedListenersBlock()));
            return;
        }
        for (String name : VerboseTracing.LISTENERS) {
            Element shared = sharedListeners(session);
            if (Sections.childWith(shared, "add", "name", name).isEmpty()
                    && !session.apply(e -> VerboseTracing.uncomment(e, shared, name))) {
                session.apply(e -> e.appendChild(sharedListeners(session), sharedListener(name)));
            }
            session.apply(e -> e.setAttributes(sharedListener(session, name), sharedListenerAttributes(name)));
        }
        Optional<Element> filter = Sections.child(sharedListener(session, "etw"), "filter");
        if (filter.isEmpty()) {
            session.apply(e -> e.appendChild(sharedListener(session, "etw"), filterElement()));
        } else {
            session.apply(e -> e.setAttributes(filter.get(), filterElement().attributes()));
        }
    }

    private static Optional<Element> diagnostics(EditSession session) {
        return Sections.child(session.document().root(), "system.diagnostics");
    }

    private static Element sourceListeners(EditSession session) {
        return VerboseTracing.agentSource(session.document().root())
                .flatMap(s -> Sections.child(s, "listeners")).orElseThrow();
    }

    private static Element sharedListeners(EditSession session) {
        return diagnostics(session).flatMap(d -> Sections.child(d, "sharedListeners")).orElseThrow();
    }

    private static Element sharedListener(EditSession session, String name) {
        return Sections.childWith(sharedListeners(session), "add", "name", name).orElseThrow();
    }

    private NewElement diagnosticsBlock() {
        return NewElement.named("system.diagnostics").child(sourcesBlock()).child(sharedListenersBlock());
    }

    private static NewElement sourcesBlock() {
        return NewElement.named("sources").child(sourceBlock());
    }

    private static NewElement sourceBlock() {
        return NewElement.named("source").attribute("name", VerboseTracing.SOURCE).child(listenersBlock());
    }

    private static NewElement listenersBlock() {
        NewElement listeners = NewElement.named("listeners");
        VerboseTracing.LISTENERS.forEach(name -> listeners.child(NewElement.named("add").attribute("name", name)));
        return listeners;
    }

    private NewElement sharedListenersBlock() {
        NewElement shared = NewElement.named("sharedListeners");
        VerboseTracing.LISTENERS.forEach(name -> shared.child(sharedListener(name)));
        return shared;
    }

    private NewElement sharedListener(String name) {
        NewElement add = NewElement.named("add").attribute("name", name);
        sharedListenerAttributes(name).forEach(add::attribute);
        if (name.equals("etw")) {
            add.child(filterElement());
        }
        return add;
    }

    private Map<String, String> sharedListenerAttributes(String name) {
        Map<String, String> attributes = new LinkedHashMap<>();
        switch (name) {
            case "console" -> {
                attributes.put("type", "System.Diagnostics.ConsoleTraceListener");
                attributes.put("initializeData", "false");
            }
            case "etw" -> {
                attributes.put("type", "System.Diagnostics.EventLogTraceListener");
                attributes.put("initializeData", VerboseTracing.EVENT_LOG_SOURCE);
            }
            default -> {
                attributes.put("type", "System.Diagnostics.TextWriterTraceListener");
                attributes.put("initializeData", logFile);
            }
        }
        return attributes;
    }

    private NewElement filterElement() {
        return NewElement.named("filter").attribute("type", "System.Diagnostics.EventTypeFilter")
                .attribute("initializeData", level);
    }
}

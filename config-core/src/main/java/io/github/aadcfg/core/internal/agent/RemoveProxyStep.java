package io.github.aadcfg.core.internal.agent;

import org.dom4j.Element;

import io.github.aadcfg.core.agent.RemoveProxy;
import io.github.aadcfg.core.internal.patch.Patch;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.internal.verify.EditStep;

/** Applies {@link RemoveProxy}. */
public final class RemoveProxyStep implements EditStep {
    private final RemoveProxy edit;

    /** The step of {@code edit}. */
    public RemoveProxyStep(RemoveProxy edit) {
        this.edit = edit;
    }

    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public void applyTo(EditSession session) {
        session.apply(e -> Sections.children(e.document().root(), "system.net").stream()
                .map(systemNet -> Sections.child(systemNet, "defaultProxy")
                        .map(defaultProxy -> e.remove(onlyElement(systemNet, defaultProxy) ? systemNet : defaultProxy))
                        .orElse(Patch.NONE))
                .reduce(Patch.NONE, Patch::and));
    }

    private static boolean onlyElement(Element parent, Element child) {
        return parent.elements().size() == 1 && parent.elements().get(0) == child;
    }
}

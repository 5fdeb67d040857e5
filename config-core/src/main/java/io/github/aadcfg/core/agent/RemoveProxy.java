package io.github.aadcfg.core.agent;

import org.dom4j.Element;

import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.edit.EditSession;
import io.github.aadcfg.core.edit.Patch;

/** Removes {@code defaultProxy}; removes {@code system.net} too when no other element is left in it. */
public final class RemoveProxy implements ConfigEdit {
    @Override
    public String description() {
        return "proxy remove";
    }

    @Override
    public void applyTo(EditSession session) {
        session.apply(e -> Sections.child(e.document().root(), "system.net")
                .map(systemNet -> Sections.child(systemNet, "defaultProxy")
                        .map(defaultProxy -> e.remove(onlyElement(systemNet, defaultProxy) ? systemNet : defaultProxy))
                        .orElse(Patch.NONE))
                .orElse(Patch.NONE));
    }

    private static boolean onlyElement(Element parent, Element child) {
        return parent.elements().size() == 1 && parent.elements().get(0) == child;
    }
}

package io.github.aadcfg.core.agent;

import org.dom4j.Element;

import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.edit.EditSession;
import io.github.aadcfg.core.edit.Patch;

/**
 * Removes {@code defaultProxy}; removes {@code system.net} too when no other element is left in it. In a
 * file with duplicated {@code <system.net>} sections, every one loses its proxy.
 */
public final class RemoveProxy implements ConfigEdit {
    @Override
    public String description() {
        return "proxy remove";
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

package io.github.aadcfg.core.internal.agent;

import java.util.List;
import java.util.Optional;

import org.dom4j.Element;

import io.github.aadcfg.core.agent.SetAppSetting;
import io.github.aadcfg.core.internal.patch.NewElement;
import io.github.aadcfg.core.internal.text.XmlChars;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.internal.verify.EditStep;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/** Applies {@link SetAppSetting}. */
public final class SetAppSettingStep implements EditStep {
    private final SetAppSetting edit;
    private final String key;
    private final String value;

    /** The step of {@code edit}. */
    public SetAppSettingStep(SetAppSetting edit) {
        this.edit = edit;
        this.key = edit.key();
        this.value = edit.value();
    }

    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public void applyTo(EditSession session) {
        Optional<Element> appSettings = Sections.child(session.document().root(), "appSettings");
        NewElement add = NewElement.named("add").attribute("key", key).attribute("value", value);
        if (appSettings.isEmpty()) {
            session.apply(e -> e.appendChild(e.document().root(), NewElement.named("appSettings").child(add)));
            return;
        }
        Optional<Element> effective = effectiveEntry(appSettings.get(), key);
        if (effective.isPresent()) {
            session.apply(e -> e.setAttribute(effective.get(), "value", value));
        } else {
            session.apply(e -> e.appendChild(appSettings.get(), add));
        }
    }

    /** The {@code add} that defines the key's value: the last one not cancelled by a later remove or clear. */
    static Optional<Element> effectiveEntry(Element appSettings, String key) {
        Element effective = null;
        for (Element child : appSettings.elements()) {
            switch (child.getName()) {
                case "add" -> {
                    if (key.equals(child.attributeValue("key"))) {
                        effective = child;
                    }
                }
                case "remove" -> {
                    if (key.equals(child.attributeValue("key"))) {
                        effective = null;
                    }
                }
                case "clear" -> effective = null;
                default -> {
                }
            }
        }
        return Optional.ofNullable(effective);
    }

    /** All {@code add} entries for a key. */
    static List<Element> entries(Element appSettings, String key) {
        return Sections.children(appSettings, "add").stream().filter(a -> key.equals(a.attributeValue("key"))).toList();
    }
}

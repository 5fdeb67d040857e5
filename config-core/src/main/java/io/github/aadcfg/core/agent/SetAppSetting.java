package io.github.aadcfg.core.agent;

import java.util.List;
import java.util.Optional;

import org.dom4j.Element;

import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.InvalidValueException;
import io.github.aadcfg.core.edit.EditSession;
import io.github.aadcfg.core.edit.NewElement;
import io.github.aadcfg.core.edit.XmlChars;

/**
 * Sets {@code appSettings/add[@key]} to a value. The effective entry (the last one for the key, as in
 * .NET) is updated in place, keeping its layout and quotes; {@code <appSettings>} is created before
 * {@code </configuration>} when missing.
 */
public final class SetAppSetting implements ConfigEdit {
    private final String key;
    private final String value;

    /** An edit setting {@code key} to {@code value}. */
    public SetAppSetting(String key, String value) {
        if (key == null || key.isBlank()) {
            throw new InvalidValueException("invalid-key", null, "appSettings.key: must not be empty");
        }
        if (value == null) {
            throw new InvalidValueException("invalid-value", null, "appSettings.value: must not be null");
        }
        XmlChars.require("appSettings.key", key);
        XmlChars.require("appSettings.value", value);
        this.key = key;
        this.value = value;
    }

    @Override
    public String description() {
        return "appsetting set " + key;
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

package io.github.aadcfg.core.agent;

import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.InvalidValueException;
import io.github.aadcfg.core.edit.EditSession;
import io.github.aadcfg.core.edit.Patch;
import io.github.aadcfg.core.edit.XmlChars;

/** Removes every {@code appSettings/add} for a key; the {@code <appSettings>} element stays. */
public final class RemoveAppSetting implements ConfigEdit {
    private final String key;

    /** An edit removing {@code key}. */
    public RemoveAppSetting(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidValueException("invalid-key", null, "appSettings.key: must not be empty");
        }
        XmlChars.require("appSettings.key", key);
        this.key = key;
    }

    @Override
    public String description() {
        return "appsetting remove " + key;
    }

    @Override
    public void applyTo(EditSession session) {
        session.apply(e -> Sections.child(e.document().root(), "appSettings")
                .map(appSettings -> SetAppSetting.entries(appSettings, key).stream()
                        .map(e::remove).reduce(Patch.NONE, Patch::and))
                .orElse(Patch.NONE));
    }
}

package io.github.aadcfg.core.agent;

import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.internal.text.XmlChars;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * No {@code appSettings/add} has {@code key}.
 *
 * @param key the setting's key, not empty
 */
public record RemoveAppSetting(String key) implements ConfigEdit {
    /**
     * Validates the key.
     *
     * @throws AadcfgException {@code INVALID_VALUE} for an empty key or characters XML cannot hold
     */
    public RemoveAppSetting {
        checkKey(key);
    }

    static void checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-key", null,
                    "appSettings.key: must not be empty");
        }
        XmlChars.require("appSettings.key", key);
    }

    @Override
    public String description() {
        return "appsetting remove " + key;
    }
}

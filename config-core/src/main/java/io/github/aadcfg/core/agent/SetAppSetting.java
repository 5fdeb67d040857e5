package io.github.aadcfg.core.agent;

import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.internal.text.XmlChars;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * {@code appSettings/add[@key]} holds {@code value}. The effective entry (the last one for the key, as in
 * .NET) is updated in place, keeping its layout and quotes; {@code <appSettings>} is created before
 * {@code </configuration>} when missing.
 *
 * @param key   the setting's key, not empty
 * @param value its value
 */
public record SetAppSetting(String key, String value) implements ConfigEdit {
    /**
     * Validates the setting.
     *
     * @throws AadcfgException {@code INVALID_VALUE} for an empty key, a missing value or characters XML cannot hold
     */
    public SetAppSetting {
        RemoveAppSetting.checkKey(key);
        if (value == null) {
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-value", null,
                    "appSettings.value: must not be null");
        }
        XmlChars.require("appSettings.value", value);
    }

    @Override
    public String description() {
        return "appsetting set " + key;
    }
}

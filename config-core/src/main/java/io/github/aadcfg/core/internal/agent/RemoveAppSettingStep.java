package io.github.aadcfg.core.internal.agent;

import io.github.aadcfg.core.agent.RemoveAppSetting;
import io.github.aadcfg.core.agent.SetAppSetting;
import io.github.aadcfg.core.internal.patch.Patch;
import io.github.aadcfg.core.internal.text.XmlChars;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.internal.verify.EditStep;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/** Applies {@link RemoveAppSetting}: removes every {@code appSettings/add} for the key; {@code <appSettings>} stays. */
public final class RemoveAppSettingStep implements EditStep {
    private final RemoveAppSetting edit;
    private final String key;

    /** The step of {@code edit}. */
    public RemoveAppSettingStep(RemoveAppSetting edit) {
        this.edit = edit;
        this.key = edit.key();
    }

    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public void applyTo(EditSession session) {
        session.apply(e -> Sections.child(e.document().root(), "appSettings")
                .map(appSettings -> SetAppSettingStep.entries(appSettings, key).stream()
                        .map(e::remove).reduce(Patch.NONE, Patch::and))
                .orElse(Patch.NONE));
    }
}

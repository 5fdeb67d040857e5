package io.github.aadcfg.core.internal.edit;

import java.util.List;

import io.github.aadcfg.core.agent.DisableTracing;
import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.agent.RemoveAppSetting;
import io.github.aadcfg.core.agent.RemoveProxy;
import io.github.aadcfg.core.agent.SetAppSetting;
import io.github.aadcfg.core.agent.SetFipsPolicy;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.edits.XPathEdit;
import io.github.aadcfg.core.internal.agent.DisableTracingStep;
import io.github.aadcfg.core.internal.agent.EnableTracingStep;
import io.github.aadcfg.core.internal.agent.RemoveAppSettingStep;
import io.github.aadcfg.core.internal.agent.RemoveProxyStep;
import io.github.aadcfg.core.internal.agent.SetAppSettingStep;
import io.github.aadcfg.core.internal.agent.SetFipsPolicyStep;
import io.github.aadcfg.core.internal.agent.SetProxyStep;
import io.github.aadcfg.core.internal.verify.EditStep;
import io.github.aadcfg.core.internal.xdt.ParsedTransform;
import io.github.aadcfg.core.xdt.XdtTransform;

/** Turns edit values into the steps that apply them: one place that knows every kind of edit. */
public final class EditSteps {
    private EditSteps() {
    }

    /**
     * The steps of {@code edits}, in order, fresh for one plan (a step may remember what it did).
     *
     * @throws IllegalArgumentException for an edit that is not one of aadcfg's
     */
    public static List<EditStep> of(List<? extends ConfigEdit> edits) {
        return edits.stream().map(EditSteps::of).toList();
    }

    private static EditStep of(ConfigEdit edit) {
        if (edit instanceof EditStep step) {
            return step; // an edit the engine's own code (or its tests) defines as a step
        } else if (edit instanceof SetProxy e) {
            return new SetProxyStep(e);
        } else if (edit instanceof RemoveProxy e) {
            return new RemoveProxyStep(e);
        } else if (edit instanceof EnableTracing e) {
            return new EnableTracingStep(e);
        } else if (edit instanceof DisableTracing e) {
            return new DisableTracingStep(e);
        } else if (edit instanceof SetAppSetting e) {
            return new SetAppSettingStep(e);
        } else if (edit instanceof RemoveAppSetting e) {
            return new RemoveAppSettingStep(e);
        } else if (edit instanceof SetFipsPolicy e) {
            return new SetFipsPolicyStep(e);
        } else if (edit instanceof XPathEdit e) {
            return new XPathEditStep(e);
        } else if (edit instanceof XdtTransform e) {
            return ParsedTransform.parse(e.file(), e.bytes());
        }
        throw new IllegalArgumentException("not one of aadcfg's edits: " + edit.getClass().getName()
                + "; build edits with the types in io.github.aadcfg.core.edits, .agent and .xdt");
    }
}

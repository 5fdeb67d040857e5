package io.github.aadcfg.core.internal.agent;

import java.util.Optional;

import org.dom4j.Element;

import io.github.aadcfg.core.agent.SetFipsPolicy;
import io.github.aadcfg.core.internal.patch.NewElement;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.internal.verify.EditStep;

/** Applies {@link SetFipsPolicy}. */
public final class SetFipsPolicyStep implements EditStep {
    private final SetFipsPolicy edit;
    private final boolean enforce;

    /** The step of {@code edit}. */
    public SetFipsPolicyStep(SetFipsPolicy edit) {
        this.edit = edit;
        this.enforce = edit.enforce();
    }

    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public void applyTo(EditSession session) {
        NewElement policy = NewElement.named("enforceFIPSPolicy").attribute("enabled", String.valueOf(enforce));
        Optional<Element> runtime = Sections.child(session.document().root(), "runtime");
        if (runtime.isEmpty()) {
            session.apply(e -> e.appendChild(e.document().root(), NewElement.named("runtime").child(policy)));
            return;
        }
        Optional<Element> existing = Sections.child(runtime.get(), "enforceFIPSPolicy");
        session.apply(e -> existing.isPresent()
                ? e.setAttribute(existing.get(), "enabled", String.valueOf(enforce))
                : e.prependChild(runtime.get(), policy));
    }
}

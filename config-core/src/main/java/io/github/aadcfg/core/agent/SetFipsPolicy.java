package io.github.aadcfg.core.agent;

import java.util.Optional;

import org.dom4j.Element;

import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.edit.EditSession;
import io.github.aadcfg.core.edit.NewElement;

/**
 * Sets {@code runtime/enforceFIPSPolicy@enabled}, inside the existing {@code <runtime>} (as its first
 * child) when there is one, else in a new {@code <runtime>} before {@code </configuration>}.
 */
public final class SetFipsPolicy implements ConfigEdit {
    private final boolean enforce;

    /** An edit setting whether the FIPS policy is enforced. */
    public SetFipsPolicy(boolean enforce) {
        this.enforce = enforce;
    }

    @Override
    public String description() {
        return "fips --enforce=" + enforce;
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

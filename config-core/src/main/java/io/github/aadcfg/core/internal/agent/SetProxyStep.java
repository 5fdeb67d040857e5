package io.github.aadcfg.core.internal.agent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Element;

import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.internal.patch.NewElement;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.internal.verify.EditStep;

/** Applies {@link SetProxy}. */
public final class SetProxyStep implements EditStep {
    private final SetProxy edit;
    private final ProxySettings settings;

    /** The step of {@code edit}. */
    public SetProxyStep(SetProxy edit) {
        this.edit = edit;
        this.settings = edit.settings();
    }

    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public void applyTo(EditSession session) {
        if (systemNet(session).isEmpty()) {
            session.apply(e -> e.appendChild(e.document().root(),
                    NewElement.named("system.net").child(defaultProxyElement())));
            return;
        }
        if (defaultProxy(session).isEmpty()) {
            session.apply(e -> e.appendChild(systemNet(session).orElseThrow(), defaultProxyElement()));
            return;
        }
        session.apply(e -> e.setAttributes(defaultProxy(session).orElseThrow(), defaultProxyAttributes(false)));
        Optional<Element> proxy = defaultProxy(session).flatMap(d -> Sections.child(d, "proxy"));
        if (proxy.isEmpty()) {
            session.apply(e -> e.prependChild(defaultProxy(session).orElseThrow(), proxyElement()));
        } else {
            session.apply(e -> e.setAttributes(proxy.get(), proxyAttributes(false)));
        }
        if (settings.bypassList().isEmpty()) {
            return;
        }
        if (defaultProxy(session).flatMap(d -> Sections.child(d, "bypasslist")).isEmpty()) {
            session.apply(e -> e.insertAfter(defaultProxy(session).flatMap(d -> Sections.child(d, "proxy"))
                    .orElseThrow(), bypassListElement()));
            return;
        }
        for (String address : settings.bypassList()) {
            Element bypassList = defaultProxy(session).flatMap(d -> Sections.child(d, "bypasslist")).orElseThrow();
            if (Sections.childWith(bypassList, "add", "address", address).isEmpty()) {
                session.apply(e -> e.appendChild(bypassList, NewElement.named("add").attribute("address", address)));
            }
        }
    }

    private static Optional<Element> systemNet(EditSession session) {
        return Sections.child(session.document().root(), "system.net");
    }

    private static Optional<Element> defaultProxy(EditSession session) {
        return systemNet(session).flatMap(s -> Sections.child(s, "defaultProxy"));
    }

    private NewElement defaultProxyElement() {
        NewElement defaultProxy = NewElement.named("defaultProxy");
        defaultProxyAttributes(true).forEach(defaultProxy::attribute);
        defaultProxy.child(proxyElement());
        if (!settings.bypassList().isEmpty()) {
            defaultProxy.child(bypassListElement());
        }
        return defaultProxy;
    }

    private NewElement proxyElement() {
        NewElement proxy = NewElement.named("proxy");
        proxyAttributes(true).forEach(proxy::attribute);
        return proxy;
    }

    private NewElement bypassListElement() {
        NewElement bypassList = NewElement.named("bypasslist");
        settings.bypassList().forEach(a -> bypassList.child(NewElement.named("add").attribute("address", a)));
        return bypassList;
    }

    /**
     * The attributes of {@code defaultProxy}: it is always enabled (the point of setting a proxy); a setting
     * not given takes its default in a new element and leaves an existing attribute as it is.
     */
    private Map<String, String> defaultProxyAttributes(boolean creating) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("enabled", "true");
        put(attributes, "useDefaultCredentials", settings.useDefaultCredentials(), creating);
        return attributes;
    }

    /** The attributes of {@code proxy}, the address always; the others as for {@link #defaultProxyAttributes}. */
    private Map<String, String> proxyAttributes(boolean creating) {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "usesystemdefault", settings.useSystemDefault(), creating);
        attributes.put("proxyaddress", settings.address());
        put(attributes, "bypassonlocal", settings.bypassOnLocal(), creating);
        return attributes;
    }

    private static void put(Map<String, String> attributes, String name, Boolean value, boolean creating) {
        if (value != null || creating) {
            attributes.put(name, String.valueOf(value == null ? ProxySettings.DEFAULT : value));
        }
    }
}

package io.github.aadcfg.core.internal.agent;

import java.util.List;
import java.util.Optional;

import org.dom4j.Element;

import io.github.aadcfg.core.agent.ProxyView;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.tree.SourceDocument;

/** Reads the proxy a document declares. */
public final class ProxyReader {
    private ProxyReader() {
    }

    /** The proxy declared in a document, if any. */
    public static Optional<ProxyView> read(SourceDocument document) {
        return Sections.path(document.root(), "system.net", "defaultProxy").map(defaultProxy -> {
            Optional<Element> proxy = Sections.child(defaultProxy, "proxy");
            List<String> bypass = Sections.child(defaultProxy, "bypasslist")
                    .map(list -> Sections.children(list, "add").stream().map(a -> a.attributeValue("address")).toList())
                    .orElse(List.of());
            return new ProxyView(defaultProxy.attributeValue("enabled"),
                    defaultProxy.attributeValue("useDefaultCredentials"),
                    proxy.map(p -> p.attributeValue("usesystemdefault")).orElse(null),
                    proxy.map(p -> p.attributeValue("proxyaddress")).orElse(null),
                    proxy.map(p -> p.attributeValue("bypassonlocal")).orElse(null),
                    bypass, document.lineOf(defaultProxy));
        });
    }
}

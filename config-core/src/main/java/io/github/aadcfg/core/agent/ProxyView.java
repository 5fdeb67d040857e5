package io.github.aadcfg.core.agent;

import java.util.List;
import java.util.Optional;

import org.dom4j.Element;

import io.github.aadcfg.core.SecretMask;
import io.github.aadcfg.core.read.SourceDocument;

/**
 * The proxy settings a config file declares, as written (attribute values, {@code null} when absent).
 *
 * @param enabled               {@code defaultProxy@enabled}
 * @param useDefaultCredentials {@code defaultProxy@useDefaultCredentials}
 * @param useSystemDefault      {@code proxy@usesystemdefault}
 * @param address               {@code proxy@proxyaddress}
 * @param bypassOnLocal         {@code proxy@bypassonlocal}
 * @param bypassList            {@code bypasslist/add@address} values
 * @param line                  the line of {@code <defaultProxy>}
 */
public record ProxyView(String enabled, String useDefaultCredentials, String useSystemDefault, String address,
        String bypassOnLocal, List<String> bypassList, int line) {

    /** The address safe to print: any user info (which may hold a password), query or fragment masked. */
    public String displayAddress() {
        return SecretMask.value(address);
    }

    /** The proxy declared in a document, if any. */
    public static Optional<ProxyView> of(SourceDocument document) {
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

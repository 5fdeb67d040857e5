package io.github.aadcfg.core.agent;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.github.aadcfg.core.internal.text.XmlChars;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * The outbound proxy the agent should use. Defaults are those of Microsoft's documented block:
 * {@code enabled="true" useDefaultCredentials="true"} on {@code defaultProxy} and
 * {@code usesystemdefault="true" bypassonlocal="true"} on {@code proxy}.
 *
 * @param address               the proxy URL, e.g. {@code http://proxy.contoso.com:8080}
 * @param bypassOnLocal         whether local addresses bypass the proxy
 * @param useDefaultCredentials whether the agent authenticates with the service account's credentials
 * @param useSystemDefault      whether the system's proxy settings are used as well
 * @param bypassList            regular expressions of addresses that bypass the proxy
 */
public record ProxySettings(String address, boolean bypassOnLocal, boolean useDefaultCredentials,
        boolean useSystemDefault, List<String> bypassList) {

    /**
     * Validates the settings.
     *
     * @throws AadcfgException for an invalid address or bypass expression
     */
    public ProxySettings {
        XmlChars.require("proxy.address", address);
        bypassList.forEach(bypass -> XmlChars.require("proxy.bypassList", bypass));
        String problem = ProxyAddress.problem(address).orElse(null);
        if (problem != null) {
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-proxy-address", null, "proxy.address: " + problem);
        }
        address = address.strip();
        bypassList = List.copyOf(bypassList);
        for (String bypass : bypassList) {
            try {
                Pattern.compile(bypass);
            } catch (PatternSyntaxException e) {
                throw new AadcfgException(Category.INVALID_VALUE, "invalid-bypass", null, "proxy.bypassList: '" + bypass
                        + "' is not a valid regular expression: " + e.getDescription());
            }
        }
    }

    /** The documented defaults with this address. */
    public static ProxySettings of(String address) {
        return new ProxySettings(address, true, true, true, List.of());
    }

    /** A copy with another bypass-on-local setting. */
    public ProxySettings withBypassOnLocal(boolean value) {
        return new ProxySettings(address, value, useDefaultCredentials, useSystemDefault, bypassList);
    }

    /** A copy with another use-default-credentials setting. */
    public ProxySettings withUseDefaultCredentials(boolean value) {
        return new ProxySettings(address, bypassOnLocal, value, useSystemDefault, bypassList);
    }

    /** A copy with another use-system-default setting. */
    public ProxySettings withUseSystemDefault(boolean value) {
        return new ProxySettings(address, bypassOnLocal, useDefaultCredentials, value, bypassList);
    }

    /** A copy with these bypass expressions. */
    public ProxySettings withBypassList(List<String> expressions) {
        return new ProxySettings(address, bypassOnLocal, useDefaultCredentials, useSystemDefault, expressions);
    }
}

package io.github.aadcfg.core.agent;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.github.aadcfg.core.internal.text.XmlChars;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * The outbound proxy the agent should use. A setting left {@code null} is not given: a proxy block that is
 * created gets the default of Microsoft's documented block ({@code useDefaultCredentials="true"} on
 * {@code defaultProxy}, {@code usesystemdefault="true" bypassonlocal="true"} on {@code proxy}). Every
 * {@code with} method takes {@code null} for "not given", so front-ends pass their optional values through
 * unchanged.
 *
 * @param address               the proxy URL, e.g. {@code http://proxy.contoso.com:8080}
 * @param bypassOnLocal         whether local addresses bypass the proxy, or {@code null}
 * @param useDefaultCredentials whether the agent authenticates with the service account's credentials, or
 *                              {@code null}
 * @param useSystemDefault      whether the system's proxy settings are used as well, or {@code null}
 * @param bypassList            regular expressions of addresses that bypass the proxy
 */
public record ProxySettings(String address, Boolean bypassOnLocal, Boolean useDefaultCredentials,
        Boolean useSystemDefault, List<String> bypassList) {
    /** The value of a boolean setting that is not given, in a block that is created. */
    public static final boolean DEFAULT = true;

    /**
     * Validates the settings.
     *
     * @throws AadcfgException {@code INVALID_VALUE} for an invalid address or bypass expression
     */
    public ProxySettings {
        XmlChars.require("proxy.address", address);
        bypassList = bypassList == null ? List.of() : List.copyOf(bypassList);
        bypassList.forEach(bypass -> XmlChars.require("proxy.bypassList", bypass));
        String problem = ProxyAddress.problem(address).orElse(null);
        if (problem != null) {
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-proxy-address", null, "proxy.address: " + problem);
        }
        address = address.strip();
        for (String bypass : bypassList) {
            try {
                Pattern.compile(bypass);
            } catch (PatternSyntaxException e) {
                throw new AadcfgException(Category.INVALID_VALUE, "invalid-bypass", null, "proxy.bypassList: '" + bypass
                        + "' is not a valid regular expression: " + e.getDescription());
            }
        }
    }

    /** This address, no other setting given. */
    public static ProxySettings of(String address) {
        return new ProxySettings(address, null, null, null, List.of());
    }

    /** A copy with another bypass-on-local setting ({@code null}: not given). */
    public ProxySettings withBypassOnLocal(Boolean value) {
        return new ProxySettings(address, value, useDefaultCredentials, useSystemDefault, bypassList);
    }

    /** A copy with another use-default-credentials setting ({@code null}: not given). */
    public ProxySettings withUseDefaultCredentials(Boolean value) {
        return new ProxySettings(address, bypassOnLocal, value, useSystemDefault, bypassList);
    }

    /** A copy with another use-system-default setting ({@code null}: not given). */
    public ProxySettings withUseSystemDefault(Boolean value) {
        return new ProxySettings(address, bypassOnLocal, useDefaultCredentials, value, bypassList);
    }

    /** A copy with these bypass expressions ({@code null}: none). */
    public ProxySettings withBypassList(List<String> expressions) {
        return new ProxySettings(address, bypassOnLocal, useDefaultCredentials, useSystemDefault, expressions);
    }
}

package io.github.aadcfg.core.agent;

import java.util.List;

import io.github.aadcfg.core.report.SecretMask;

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
}

package io.github.aadcfg.maven;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;

import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.RemoveProxy;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;

/**
 * The {@code <proxy>} parameter: the agent's outbound proxy, or its removal. Its booleans are {@code true} or
 * {@code false}, in any case. A setting not given leaves an existing attribute as it is; the documented default
 * ({@code true}) applies only to what is created. Setting a proxy always makes {@code enabled="true"}.
 */
public class Proxy {
    /** The proxy URL, e.g. {@code http://proxy.contoso.com:8080}. */
    private String address;

    /** Whether local addresses bypass the proxy; when not given, kept as it is, or {@code true} when created. */
    private String bypassOnLocal;

    /**
     * Whether the agent authenticates to the proxy as its service account; when not given, kept as it is, or
     * {@code true} when created.
     */
    private String useDefaultCredentials;

    /**
     * Whether the system's proxy settings are used as well; when not given, kept as it is, or {@code true} when
     * created.
     */
    private String useSystemDefault;

    /** Regular expressions of addresses that bypass the proxy, one {@code <bypass>} each. */
    private List<String> bypassList;

    /** Remove the proxy instead of setting one. */
    private String remove;

    /**
     * The edit these settings declare.
     *
     * @throws MojoExecutionException when neither or both of an address and removal are given, or a boolean is
     *                                neither {@code true} nor {@code false}
     * @throws io.github.aadcfg.core.report.AadcfgException {@code INVALID_VALUE} when the address or a bypass
     *                                                      expression is invalid
     */
    ConfigEdit edit() throws MojoExecutionException {
        Boolean bypassesLocal = BooleanParameter.optional("proxy.bypassOnLocal", bypassOnLocal);
        Boolean usesDefaultCredentials =
                BooleanParameter.optional("proxy.useDefaultCredentials", useDefaultCredentials);
        Boolean usesSystemDefault = BooleanParameter.optional("proxy.useSystemDefault", useSystemDefault);
        if (BooleanParameter.isOn("proxy.remove", remove)) {
            if (address != null || bypassOnLocal != null || useDefaultCredentials != null || useSystemDefault != null
                    || bypassList != null) {
                throw new MojoExecutionException("proxy.remove: removing the proxy cannot be combined with other "
                        + "proxy settings; set either <remove>true</remove> or an <address>");
            }
            return new RemoveProxy();
        }
        if (address == null) {
            throw new MojoExecutionException("proxy.address: missing; set the proxy URL, e.g. "
                    + "http://proxy.contoso.com:8080, or <remove>true</remove> to remove the proxy");
        }
        return new SetProxy(ProxySettings.of(address).withBypassOnLocal(bypassesLocal)
                .withUseDefaultCredentials(usesDefaultCredentials).withUseSystemDefault(usesSystemDefault)
                .withBypassList(bypassList));
    }
}

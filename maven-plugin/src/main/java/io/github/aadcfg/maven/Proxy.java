package io.github.aadcfg.maven;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;

import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.RemoveProxy;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;

/** The {@code <proxy>} parameter: the agent's outbound proxy, or its removal. */
public class Proxy {
    /** The proxy URL, e.g. {@code http://proxy.contoso.com:8080}. */
    private String address;

    /** Whether local addresses bypass the proxy; {@code true} unless set. */
    private Boolean bypassOnLocal;

    /** Whether the agent authenticates to the proxy as its service account; {@code true} unless set. */
    private Boolean useDefaultCredentials;

    /** Whether the system's proxy settings are used as well; {@code true} unless set. */
    private Boolean useSystemDefault;

    /** Regular expressions of addresses that bypass the proxy, one {@code <bypass>} each. */
    private List<String> bypassList;

    /** Remove the proxy instead of setting one. */
    private boolean remove;

    /**
     * The edit these settings declare.
     *
     * @throws MojoExecutionException when neither or both of an address and removal are given
     * @throws io.github.aadcfg.core.report.AadcfgException {@code INVALID_VALUE} when the address or a bypass
     *                                                      expression is invalid
     */
    ConfigEdit edit() throws MojoExecutionException {
        if (remove) {
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
        return new SetProxy(ProxySettings.of(address).withBypassOnLocal(bypassOnLocal)
                .withUseDefaultCredentials(useDefaultCredentials).withUseSystemDefault(useSystemDefault)
                .withBypassList(bypassList));
    }
}

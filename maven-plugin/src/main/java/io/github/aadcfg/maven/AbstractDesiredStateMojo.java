package io.github.aadcfg.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.aadcfg.core.ConfigEditor;

/**
 * The goals that compare files with a declared state: apply and check. Parameters that are not set
 * leave their part of the file as it is.
 */
abstract class AbstractDesiredStateMojo extends AbstractEditingMojo {
    /**
     * The agent's outbound proxy ({@code system.net/defaultProxy}). Either {@code <remove>true</remove>} to remove
     * it, or {@code <address>} (an absolute {@code http} or {@code https} URL with host and port, e.g.
     * {@code http://proxy.contoso.com:8080}) with optional {@code <bypassOnLocal>}, {@code <useDefaultCredentials>}
     * and {@code <useSystemDefault>} ({@code true} or {@code false}, in any case) and {@code <bypassList>} with one
     * {@code <bypass>} regular expression per address that bypasses the proxy. A setting not given leaves an
     * existing attribute as it is; the documented default ({@code true}) applies only to what is created. Setting a
     * proxy always makes {@code enabled="true"}.
     */
    @Parameter
    private Proxy proxy;

    /**
     * The agent's tracing: {@code <verbose>true</verbose>} routes its trace source to the console, the
     * event log and a text file ({@code <logFile>}, by default the path in Microsoft's guide) with the
     * event log filter at {@code <level>} (default {@code All}); {@code <verbose>false</verbose>} turns
     * that off again, restoring the {@code <system.diagnostics>} section from the newest backup taken
     * before it was turned on, or else removing the text file listener and setting the filter to
     * {@code <level>} (default {@code Error}). Levels: {@code Off}, {@code Critical}, {@code Error},
     * {@code Warning}, {@code Information}, {@code Verbose}, {@code ActivityTracing}, {@code All}.
     */
    @Parameter
    private Tracing tracing;

    /**
     * Entries of {@code <appSettings>}, one element per key, e.g.
     * {@code <appSettings><ServiceBusConnectionMode>WebSocket</ServiceBusConnectionMode></appSettings>}.
     * The effective entry of a key is updated in place; a new key is added. Applied in key order.
     */
    @Parameter
    private Map<String, String> appSettings;

    /**
     * Whether the .NET runtime enforces the FIPS policy ({@code runtime/enforceFIPSPolicy@enabled}): {@code true} or
     * {@code false}, in any case.
     */
    @Parameter(property = "aadcfg.enforceFipsPolicy")
    private String enforceFipsPolicy;

    /**
     * XML-Document-Transform files ({@code Web.Release.config} style) applied after the edits above, in
     * order, e.g. {@code <transforms><transform>src/main/xdt/Proxy.xdt.config</transform></transforms>}.
     * Transforms that match nothing are logged as warnings; an invalid transform fails the build.
     */
    @Parameter
    private List<File> transforms;

    @Override
    final FileGoal prepare(List<Path> configFiles) throws MojoExecutionException {
        DesiredState state = DesiredState.of(proxy, tracing, appSettings,
                BooleanParameter.optional("enforceFipsPolicy", enforceFipsPolicy), transforms);
        if (state.isEmpty()) {
            getLog().warn("No desired state is configured (proxy, tracing, appSettings, enforceFipsPolicy, transforms): "
                    + "the files are only read and linted");
        }
        return goal(state, editorBuilder().build());
    }

    /**
     * What the goal does with the files.
     *
     * @param state  the declared state, validated
     * @param editor the editor for the configured backups and {@code force}
     * @throws MojoExecutionException when one of the goal's own parameters is invalid
     */
    abstract FileGoal goal(DesiredState state, ConfigEditor editor) throws MojoExecutionException;
}

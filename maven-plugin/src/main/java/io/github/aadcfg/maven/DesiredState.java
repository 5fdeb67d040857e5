package io.github.aadcfg.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.maven.plugin.MojoExecutionException;

import io.github.aadcfg.core.agent.SetAppSetting;
import io.github.aadcfg.core.agent.SetFipsPolicy;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.xdt.XdtTransform;

/**
 * The declared state of a config file as aadcfg-core edits: proxy, tracing, appSettings, FIPS policy
 * and XDT transforms, in that order. Built once per goal, so an invalid value fails before any file is read; apply and check
 * share it, so both mean the same state. All edits for a file are planned and committed together.
 */
final class DesiredState {
    private final List<ConfigEdit> edits;

    private DesiredState(List<ConfigEdit> edits) {
        this.edits = List.copyOf(edits);
    }

    /**
     * The state the parameters declare; {@code null} parameters declare nothing.
     *
     * @throws MojoExecutionException when a parameter is incomplete or contradictory
     * @throws io.github.aadcfg.core.report.AadcfgException {@code INVALID_VALUE} when a value is invalid; the
     *                                                      message starts with the parameter, e.g. {@code proxy.address: }
     */
    static DesiredState of(Proxy proxy, Tracing tracing, Map<String, String> appSettings, Boolean enforceFipsPolicy,
            List<File> transforms) throws MojoExecutionException {
        List<ConfigEdit> edits = new ArrayList<>();
        if (proxy != null) {
            edits.add(proxy.edit());
        }
        if (tracing != null) {
            edits.add(tracing.edit());
        }
        if (appSettings != null) {
            new TreeMap<>(appSettings).forEach((key, value) ->
                    edits.add(new SetAppSetting(key, value == null ? "" : value)));
        }
        if (enforceFipsPolicy != null) {
            edits.add(new SetFipsPolicy(enforceFipsPolicy));
        }
        for (File transform : transforms == null ? List.<File>of() : transforms) {
            try {
                edits.add(XdtTransform.read(transform.toPath()));
            } catch (AadcfgException e) {
                throw new MojoExecutionException("transforms: " + e.getMessage(), e);
            }
        }
        return new DesiredState(edits);
    }

    /** Whether no parameter declares anything. */
    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The edits that bring a file to this state. */
    List<ConfigEdit> edits() {
        return edits;
    }

}

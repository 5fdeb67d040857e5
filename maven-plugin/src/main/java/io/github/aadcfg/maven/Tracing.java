package io.github.aadcfg.maven;


import org.apache.maven.plugin.MojoExecutionException;

import io.github.aadcfg.core.agent.DisableTracing;
import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.edits.ConfigEdit;

/** The {@code <tracing>} parameter: the agent's verbose tracing on or off. */
public class Tracing {
    /** {@code true} to turn verbose tracing on, {@code false} to turn it off, in any case. Required. */
    private String verbose;

    /** The trace file when verbose; by default the path in Microsoft's guide. Ignored when not verbose. */
    private String logFile;

    /** The event log filter level: by default {@code All} when verbose, {@code Error} when not. */
    private String level;

    /**
     * The edit these settings declare. Turning tracing off restores the diagnostics section from the backup
     * taken before it was turned on, when there is one, else lowers the level.
     *
     * @throws MojoExecutionException when {@code verbose} is not set, or neither {@code true} nor {@code false}
     * @throws io.github.aadcfg.core.report.AadcfgException {@code INVALID_VALUE} when the level or log file is
     *                                                      invalid
     */
    ConfigEdit edit() throws MojoExecutionException {
        if (verbose == null) {
            throw new MojoExecutionException("tracing.verbose: missing; set it to true to turn verbose tracing on "
                    + "or to false to turn it off");
        }
        if (BooleanParameter.isOn("tracing.verbose", verbose)) {
            return new EnableTracing(logFile == null ? EnableTracing.DEFAULT_LOG_FILE : logFile,
                    level == null ? EnableTracing.DEFAULT_LEVEL : level);
        }
        return new DisableTracing(DisableTracing.Way.RESTORE_OR_LEVEL, level == null ? DisableTracing.DEFAULT_LEVEL : level);
    }
}

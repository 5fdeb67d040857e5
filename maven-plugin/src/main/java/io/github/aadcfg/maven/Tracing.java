package io.github.aadcfg.maven;

import java.nio.file.Path;
import java.util.function.BiFunction;

import org.apache.maven.plugin.MojoExecutionException;

import io.github.aadcfg.core.AgentEdits;
import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.agent.DisableTracing;
import io.github.aadcfg.core.agent.VerboseTracing;

/** The {@code <tracing>} parameter: the agent's verbose tracing on or off. */
public class Tracing {
    /** {@code true} to turn verbose tracing on, {@code false} to turn it off. Required. */
    private Boolean verbose;

    /** The trace file when verbose; by default the path in Microsoft's guide. Ignored when not verbose. */
    private String logFile;

    /** The event log filter level: by default {@code All} when verbose, {@code Error} when not. */
    private String level;

    /**
     * The edit these settings declare, for a given file: turning tracing off depends on the file's backups.
     *
     * @throws MojoExecutionException when {@code verbose} is not set
     * @throws io.github.aadcfg.core.InvalidValueException when the level or log file is invalid
     */
    BiFunction<Path, ConfigEditor, ConfigEdit> edit() throws MojoExecutionException {
        if (verbose == null) {
            throw new MojoExecutionException("tracing.verbose: missing; set it to true to turn verbose tracing on "
                    + "or to false to turn it off");
        }
        if (verbose) {
            ConfigEdit on = AgentEdits.enableVerboseTracing(logFile == null ? VerboseTracing.DEFAULT_LOG_FILE : logFile,
                    level == null ? VerboseTracing.DEFAULT_LEVEL : level);
            return (file, editor) -> on;
        }
        String offLevel = level == null ? DisableTracing.DEFAULT_LEVEL : level;
        AgentEdits.disableVerboseTracing(offLevel); // validates the level before any file is read
        return (file, editor) -> editor.disableTracingFor(file, offLevel, false);
    }
}

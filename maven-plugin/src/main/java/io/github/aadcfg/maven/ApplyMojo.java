package io.github.aadcfg.maven;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.ServiceRestart;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.maven.FileLog.Wording;

/**
 * Brings every configured file to the declared state. All edits for a file are planned together and
 * committed as one verified, atomic write with one backup; a file already in that state is not written
 * and gets no backup. Logs per file {@code changed} with the backup's path, or {@code unchanged}. With
 * {@code restartService}, a goal that changed a file restarts the service once, after every file.
 */
@Mojo(name = "apply", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class ApplyMojo extends AbstractDesiredStateMojo {
    /**
     * Write nothing; log per file whether it would change, with the change as a unified diff. {@code true} or
     * {@code false}, in any case.
     */
    @Parameter(property = "aadcfg.dryRun", defaultValue = "false")
    private String dryRun;

    /**
     * After a change, restart this Windows service once and wait until it runs; when it does not, put back every file
     * this goal changed, restart the service again and fail the build. {@code true} restarts the agent's service,
     * {@code AADConnectProvisioningAgent}; another service is named, e.g. {@code AADConnectAgentUpdater}; {@code false},
     * in any case, restarts nothing. Not in a dry run (which only checks the service), nor when nothing changed.
     */
    @Parameter(property = "aadcfg.restartService", defaultValue = "false")
    private String restartService;

    /** How long {@code restartService} waits for the service to stop, and again to run, in seconds (1 to 3600). */
    @Parameter(property = "aadcfg.restartTimeout", defaultValue = "" + ServiceRestart.DEFAULT_TIMEOUT_SECONDS)
    private int restartTimeout;

    @Override
    FileGoal goal(DesiredState state, ConfigEditor editor) throws MojoExecutionException {
        boolean preview = BooleanParameter.isOn("dryRun", dryRun);
        RestartService restart = RestartService.of(restartService, restartTimeout);
        FileLog log = restart.log(fileLog());
        List<ConfigEdit> edits = state.edits();
        if (preview) {
            return FileGoal.eachFile(file -> log.preview(editor.plan(file, edits), Wording.APPLY));
        }
        return FileGoal.commitEachFile(file -> log.committed(editor.apply(file, edits), Wording.APPLY),
                results -> restart.afterRun(editor, results, log));
    }
}

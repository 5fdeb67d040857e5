package io.github.aadcfg.maven;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.maven.FileLog.Wording;

/**
 * Brings every configured file to the declared state. All edits for a file are planned together and
 * committed as one verified, atomic write with one backup; a file already in that state is not written
 * and gets no backup. Logs per file {@code changed} with the backup's path, or {@code unchanged}.
 */
@Mojo(name = "apply", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class ApplyMojo extends AbstractDesiredStateMojo {
    /**
     * Write nothing; log per file whether it would change, with the change as a unified diff. {@code true} or
     * {@code false}, in any case.
     */
    @Parameter(property = "aadcfg.dryRun", defaultValue = "false")
    private String dryRun;

    @Override
    FileGoal goal(DesiredState state, ConfigEditor editor) throws MojoExecutionException {
        boolean preview = BooleanParameter.isOn("dryRun", dryRun);
        FileLog log = fileLog();
        return FileGoal.eachFile(file -> {
            List<ConfigEdit> edits = state.edits();
            if (preview) {
                log.preview(editor.plan(file, edits), Wording.APPLY);
            } else {
                log.committed(editor.apply(file, edits), Wording.APPLY);
            }
        });
    }
}

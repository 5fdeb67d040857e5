package io.github.aadcfg.maven;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Status;

/**
 * Brings every configured file to the declared state. All edits for a file are planned together and
 * committed as one verified, atomic write with one backup; a file already in that state is not written
 * and gets no backup. Logs per file {@code changed} with the backup's path, or {@code unchanged}.
 */
@Mojo(name = "apply", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class ApplyMojo extends AbstractDesiredStateMojo {
    /** Write nothing; log per file whether it would change, with the change as a unified diff. */
    @Parameter(property = "aadcfg.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected void run(List<Path> configFiles) throws MojoExecutionException {
        DesiredState state = desiredState();
        ConfigEditor editor = editor();
        for (Path file : configFiles) {
            List<ConfigEdit> edits = state.editsFor(file, editor);
            if (dryRun) {
                preview(editor.plan(file, edits));
            } else {
                report(editor.apply(file, edits));
            }
        }
    }

    private void preview(Plan plan) {
        logFindings(plan);
        if (plan.changed()) {
            getLog().info(plan.file() + ": would change (dry run, nothing written)\n" + plan.unifiedDiff());
        } else {
            getLog().info(plan.file() + ": unchanged");
        }
    }

    private void report(CommitResult result) {
        logFindings(result.plan());
        if (result.status() == Status.CHANGED) {
            getLog().info(result.file() + ": changed, backup " + result.backup());
            getLog().debug(result.plan().unifiedDiff());
        } else {
            getLog().info(result.file() + ": unchanged");
        }
    }
}

package io.github.aadcfg.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Status;

/**
 * Undoes the last edit of each configured file: restores its most recent backup taken before an edit (run
 * again, it logs {@code unchanged}), or the backup named by {@code backup}. The content it replaces is backed
 * up first as a pre-restore backup; {@code undo} restores that, undoing the last restore.
 */
@Mojo(name = "restore", threadSafe = true)
public class RestoreMojo extends AbstractEditingMojo {
    /**
     * The backup file to restore instead of the latest one, e.g.
     * {@code -Daadcfg.backup=conf/AADConnectProvisioningAgent.exe.config.000002.edit.20250101T120000.000Z.bak}; only
     * when exactly one file is configured.
     */
    @Parameter(property = "aadcfg.backup")
    private File backup;

    /**
     * Undo the last restore instead: restore each file's most recent pre-restore backup, e.g.
     * {@code -Daadcfg.undo}.
     */
    @Parameter(property = "aadcfg.undo", defaultValue = "false")
    private boolean undo;

    /** Write nothing; log per file whether restoring would change it, with the change as a unified diff. */
    @Parameter(property = "aadcfg.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected void run(List<Path> configFiles) throws MojoExecutionException {
        if (backup != null && undo) {
            throw new MojoExecutionException("backup and undo: set one of them; undo restores the backup the last "
                    + "restore took");
        }
        if (backup != null && configFiles.size() != 1) {
            throw new MojoExecutionException("backup: names one backup, but " + configFiles.size()
                    + " files are configured; configure one file, or leave backup unset to restore each file's "
                    + "latest backup");
        }
        ConfigEditor editor = editorBuilder().build();
        for (Path file : configFiles) {
            Path source = backup != null ? backup.toPath() : undo ? editor.latestPreRestoreBackup(file)
                    : editor.latestBackup(file);
            if (dryRun) {
                preview(editor.planRestore(file, source), source);
            } else {
                report(editor.restore(file, source), source);
            }
        }
    }

    private void preview(Plan plan, Path source) {
        if (plan.changed()) {
            getLog().info(plan.file() + ": would be restored from " + source + " (dry run, nothing written)\n"
                    + plan.unifiedDiff());
        } else {
            getLog().info(plan.file() + ": unchanged, it already equals " + source);
        }
    }

    private void report(CommitResult result, Path source) {
        if (result.status() == Status.CHANGED) {
            getLog().info(result.file() + ": restored from " + source + "; the replaced content was backed up to "
                    + result.backup());
        } else {
            getLog().info(result.file() + ": unchanged, it already equals " + source);
        }
    }
}

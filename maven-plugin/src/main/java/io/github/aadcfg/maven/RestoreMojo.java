package io.github.aadcfg.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.ServiceRestart;
import io.github.aadcfg.maven.FileLog.Wording;

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
     * {@code -Daadcfg.undo}. {@code true} or {@code false}, in any case.
     */
    @Parameter(property = "aadcfg.undo", defaultValue = "false")
    private String undo;

    /**
     * Write nothing; log per file whether restoring would change it, with the change as a unified diff.
     * {@code true} or {@code false}, in any case.
     */
    @Parameter(property = "aadcfg.dryRun", defaultValue = "false")
    private String dryRun;

    /**
     * After a restore changed a file, restart this Windows service once and wait until it runs; when it does not, put
     * back what each file held before the restore, restart the service again and fail the build. {@code true}
     * restarts {@code AADConnectProvisioningAgent}, a name another service, {@code false} (in any case) none. Not in a
     * dry run (which only checks the service), nor when nothing changed.
     */
    @Parameter(property = "aadcfg.restartService", defaultValue = "false")
    private String restartService;

    /** How long {@code restartService} waits for the service to stop, and again to run, in seconds (1 to 3600). */
    @Parameter(property = "aadcfg.restartTimeout", defaultValue = "" + ServiceRestart.DEFAULT_TIMEOUT_SECONDS)
    private int restartTimeout;

    @Override
    FileGoal prepare(List<Path> configFiles) throws MojoExecutionException {
        boolean undoRestore = BooleanParameter.isOn("undo", undo);
        boolean preview = BooleanParameter.isOn("dryRun", dryRun);
        if (backup != null && undoRestore) {
            throw new MojoExecutionException("backup and undo: set one of them; undo restores the backup the last "
                    + "restore took");
        }
        if (backup != null && configFiles.size() != 1) {
            throw new MojoExecutionException("backup: names one backup, but " + configFiles.size()
                    + " files are configured; configure one file, or leave backup unset to restore each file's "
                    + "latest backup");
        }
        ConfigEditor editor = editorBuilder().build();
        RestartService restart = RestartService.of(restartService, restartTimeout);
        FileLog log = restart.log(fileLog());
        if (preview) {
            return FileGoal.eachFile(file -> {
                Path source = source(editor, file, undoRestore);
                log.preview(editor.planRestore(file, source), Wording.restoredFrom(source));
            });
        }
        return FileGoal.commitEachFile(file -> {
            Path source = source(editor, file, undoRestore);
            return log.committed(editor.restore(file, source), Wording.restoredFrom(source));
        }, results -> restart.afterRun(editor, results, log));
    }

    /** The backup to restore: the one named, or the one the core's {@code undoRestore} or {@code restoreLatest} takes. */
    private Path source(ConfigEditor editor, Path file, boolean undoRestore) {
        if (backup != null) {
            return backup.toPath();
        }
        return undoRestore ? editor.latestPreRestoreBackup(file) : editor.latestBackup(file);
    }
}

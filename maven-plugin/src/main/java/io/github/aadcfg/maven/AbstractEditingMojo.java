package io.github.aadcfg.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.aadcfg.core.ConfigEditor;

/** The goals that work with backups: apply, check and restore. */
abstract class AbstractEditingMojo extends AbstractConfigMojo {
    /**
     * Where backups go. Backups go under it at the file's absolute path, in directories created {@code rwx------};
     * a directory there that another user owns or can write is refused. Restore and turning tracing off read the
     * backups from here too. When not set: the directory in the environment variable {@code AADCFG_BACKUP_DIR}
     * (an absolute path; the aadcfg command reads it too, so separate runs agree where the backups are), and
     * without that, beside each file, as {@code <file>.<sequence>.<kind>.<UTC timestamp>.bak}. Keep backups of a
     * deployed file outside {@code target/}, where {@code mvn clean} would delete them.
     */
    @Parameter(property = "aadcfg.backupDirectory")
    private File backupDirectory;

    /**
     * How many backups to keep per file (at least 1), besides its original (the first backup, always kept):
     * after apply or restore writes a file, the backups made before the newest ones are deleted.
     */
    @Parameter(property = "aadcfg.keepBackups", defaultValue = "" + ConfigEditor.DEFAULT_KEEP)
    private int keepBackups;

    /**
     * Plan edits even on a file with error-level lint findings (which otherwise stop apply), and write even a
     * hard-linked file (which splits the link: its other names keep the old content). Check still fails on such
     * findings. {@code true} or {@code false}, in any case.
     */
    @Parameter(property = "aadcfg.force", defaultValue = "false")
    private String force;

    /**
     * An editor builder with the backup parameters and {@code force}.
     *
     * @throws MojoExecutionException when {@code keepBackups} is less than 1, {@code force} is not a boolean or
     *                                the backup directory from the environment is not an absolute path
     */
    ConfigEditor.Builder editorBuilder() throws MojoExecutionException {
        if (keepBackups < 1) {
            throw new MojoExecutionException("keepBackups: must be at least 1, was " + keepBackups);
        }
        ConfigEditor.Builder builder = ConfigEditor.builder().keepBackups(keepBackups)
                .force(BooleanParameter.isOn("force", force));
        BackupDirectory.of(backupDirectory, System.getenv()).ifPresent(builder::backupDirectory);
        return builder;
    }
}

package io.github.aadcfg.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.aadcfg.core.ConfigEditor;

/** The goals that work with backups: apply, check and restore. */
abstract class AbstractEditingMojo extends AbstractConfigMojo {
    /**
     * Where backups go. By default each backup is written beside its file, as
     * {@code <file>.<sequence>.<kind>.<UTC timestamp>.bak}; with a directory, backups go under it at the file's
     * absolute path, e.g. <code>${project.build.directory}/aadcfg-backups</code>, in directories created
     * {@code rwx------}; a directory there that another user owns or can write is refused. Restore and turning
     * tracing off read the backups from here too.
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
     * An editor builder with the backup parameters.
     *
     * @throws MojoExecutionException when {@code keepBackups} is less than 1
     */
    ConfigEditor.Builder editorBuilder() throws MojoExecutionException {
        if (keepBackups < 1) {
            throw new MojoExecutionException("keepBackups: must be at least 1, was " + keepBackups);
        }
        ConfigEditor.Builder builder = ConfigEditor.builder().keepBackups(keepBackups);
        if (backupDirectory != null) {
            builder.backupDirectory(backupDirectory.toPath());
        }
        return builder;
    }
}

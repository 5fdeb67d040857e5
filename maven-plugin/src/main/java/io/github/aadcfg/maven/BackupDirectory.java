package io.github.aadcfg.maven;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * Where backups go: the {@code backupDirectory} parameter, else the machine-wide directory in the environment
 * variable {@value #VARIABLE} (which the aadcfg command reads too, so separate runs agree where the backups are),
 * else beside each file.
 */
final class BackupDirectory {
    /** The environment variable that names the machine-wide backup directory. */
    static final String VARIABLE = "AADCFG_BACKUP_DIR";

    private BackupDirectory() {
    }

    /**
     * The backup directory for a run.
     *
     * @param parameter   the {@code backupDirectory} parameter, or {@code null} when not set
     * @param environment the environment variables, e.g. {@link System#getenv()}
     * @return the directory, or empty for backups beside each file
     * @throws MojoExecutionException when the variable, used, is not an absolute path
     */
    static Optional<Path> of(File parameter, Map<String, String> environment) throws MojoExecutionException {
        if (parameter != null) {
            return Optional.of(parameter.toPath());
        }
        String variable = environment.get(VARIABLE);
        if (variable == null || variable.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path directory = Path.of(variable);
            if (directory.isAbsolute()) {
                return Optional.of(directory);
            }
        } catch (InvalidPathException e) {
            // refused below, as any other value that is not an absolute path
        }
        throw new MojoExecutionException(VARIABLE + " (the default of backupDirectory): must be an absolute path, "
                + "was \"" + variable + "\"");
    }
}

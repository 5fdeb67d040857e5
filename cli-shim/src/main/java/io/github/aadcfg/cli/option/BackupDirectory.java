package io.github.aadcfg.cli.option;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import picocli.CommandLine.Option;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * {@code --backup-dir}: where the backups are, for the commands that make them and those that look for them;
 * by default the directory the environment variable {@value #VARIABLE} names, so that a machine can keep every
 * run's backups in one place.
 */
public final class BackupDirectory {
    /** The environment variable naming the default backup directory; the Maven plugin reads it too. */
    public static final String VARIABLE = "AADCFG_BACKUP_DIR";

    @Option(names = "--backup-dir", paramLabel = "DIR",
            description = "The backups are under DIR, at each file's absolute path (default: $" + VARIABLE
                    + " when set, else beside each file).")
    Path given;

    /**
     * The directory given, else the one {@value #VARIABLE} names when it is set and not blank, else {@code null}:
     * beside each file.
     *
     * @throws AadcfgException ({@code invalid-path}, an invalid value) when the variable holds no valid path
     */
    public Path directory() {
        if (given != null) {
            return given;
        }
        String variable = System.getenv(VARIABLE);
        if (variable == null || variable.isBlank()) {
            return null;
        }
        try {
            return Path.of(variable);
        } catch (InvalidPathException e) {
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-path", null,
                    VARIABLE + ": not a valid path: " + e.getReason(), e);
        }
    }
}

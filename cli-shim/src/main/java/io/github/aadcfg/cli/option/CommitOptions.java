package io.github.aadcfg.cli.option;

import java.time.Duration;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.report.AadcfgException;

/** Options of the commands that write files: where backups go, how many are kept, how long to wait for a lock. */
public final class CommitOptions {
    /** The longest {@code --wait}: a year, well inside what {@link Duration} can count in nanoseconds. */
    private static final long MAX_WAIT_SECONDS = Duration.ofDays(365).toSeconds();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Mixin
    BackupDirectory backups;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "" + ConfigEditor.DEFAULT_KEEP,
            description = "Backups kept per file (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
            description = "Wait up to SECONDS for another run's lock on a file instead of failing at once (exit 75).")
    long waitSeconds;

    /**
     * The editor these options describe; {@code force} is {@code --force} of the commands that have it.
     *
     * @throws AadcfgException when {@link BackupDirectory#VARIABLE} holds no valid path
     */
    public ConfigEditor editor(boolean force) {
        if (keep < 1) {
            throw new ParameterException(spec.commandLine(), "--keep must be at least 1, was " + keep);
        }
        if (waitSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--wait must not be negative, was " + waitSeconds);
        }
        if (waitSeconds > MAX_WAIT_SECONDS) {
            throw new ParameterException(spec.commandLine(), "--wait must be at most " + MAX_WAIT_SECONDS
                    + " seconds (a year), was " + waitSeconds);
        }
        return ConfigEditor.builder().backupDirectory(backups.directory()).keepBackups(keep).force(force)
                .lockWait(Duration.ofSeconds(waitSeconds)).build();
    }
}

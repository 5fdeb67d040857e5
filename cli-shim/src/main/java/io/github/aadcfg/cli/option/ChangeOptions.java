package io.github.aadcfg.cli.option;

import picocli.CommandLine.Option;

/** Options of the commands that change files: preview only, report changes in the exit code. */
public final class ChangeOptions {
    @Option(names = {"-n", "--dry-run"}, description = "Print the unified diff of each change; write nothing.")
    boolean dryRun;

    @Option(names = "--detailed-exitcode", description = "Exit 2 when anything changed or would change.")
    boolean detailedExitCode;

    /** {@code --dry-run}: only plan the change and show its diff. */
    public boolean dryRun() {
        return dryRun;
    }

    /** {@code --detailed-exitcode}: a change makes the exit code 2. */
    public boolean detailedExitCode() {
        return detailedExitCode;
    }
}

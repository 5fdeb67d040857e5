package io.github.aadcfg.cli;

import picocli.CommandLine.Option;

/** Options of the editing commands: preview only, edit despite lint errors, report changes in the exit code. */
final class EditOptions {
    @Option(names = {"-n", "--dry-run"}, description = "Print the unified diff of each change; write nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Edit even files with error-level lint findings, or hard-linked "
            + "files (splitting the link: the other names keep the old content).")
    boolean force;

    @Option(names = "--detailed-exitcode", description = "Exit 2 when anything changed or would change.")
    boolean detailedExitCode;
}

package io.github.aadcfg.cli.command;

import java.nio.file.Path;

import picocli.CommandLine.Mixin;

import io.github.aadcfg.cli.option.ChangeOptions;
import io.github.aadcfg.cli.option.CommitOptions;
import io.github.aadcfg.cli.report.EditReport;
import io.github.aadcfg.cli.report.FileReport;

/**
 * A command that changes files (an edit, a restore): with {@code --dry-run} it only plans the change, otherwise
 * it commits it with a backup; either way each file gets an {@link EditReport}.
 */
abstract class WriteCommand extends FileCommand {
    @Mixin
    ChangeOptions change;

    @Mixin
    CommitOptions commit;

    @Override
    boolean detailedExitCode() {
        return change.detailedExitCode();
    }

    @Override
    FileReport failed(Path file, RuntimeException e) {
        return EditReport.failed(file, e, change.dryRun());
    }
}

package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import picocli.CommandLine.Mixin;

import io.github.aadcfg.cli.option.ChangeOptions;
import io.github.aadcfg.cli.option.CommitOptions;
import io.github.aadcfg.cli.option.RestartOptions;
import io.github.aadcfg.cli.report.EditReport;
import io.github.aadcfg.cli.report.FileReport;
import io.github.aadcfg.cli.report.ReportPrinter;
import io.github.aadcfg.cli.report.ServiceReport;
import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.ServiceRestart;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * A command that changes files (an edit, a restore): with {@code --dry-run} it only plans the change, otherwise
 * it commits it with a backup; either way each file gets an {@link EditReport}. With {@code --restart-service}, a run
 * that changed a file restarts the service once, after every file, and puts the files back when it does not run.
 */
abstract class WriteCommand extends FileCommand {
    @Mixin
    ChangeOptions change;

    @Mixin
    CommitOptions commit;

    @Mixin
    RestartOptions restart;

    /** The editor of this run, which the files are put back with. */
    private ConfigEditor editor;
    /** The restart asked for, checked; {@code null} when none was. */
    private ServiceRestart serviceRestart;
    /** What the run committed, by file. */
    private final Map<Path, CommitResult> commits = new ConcurrentHashMap<>();

    /**
     * The editor of this run, with {@code force} ({@code --force} of the commands that have it); with
     * {@code --restart-service}, first checks that the service can be controlled. Called once, before any file is
     * read.
     *
     * @throws AadcfgException when an option's value is invalid, or the service cannot be controlled
     */
    ConfigEditor editor(boolean force) {
        editor = commit.editor(force);
        serviceRestart = restart.restart();
        return editor;
    }

    /** The report of a commit, which the restart after the run may take back. */
    EditReport committed(CommitResult result, List<String> asked) {
        commits.put(result.file(), result);
        return EditReport.committed(result, asked);
    }

    @Override
    boolean detailedExitCode() {
        return change.detailedExitCode();
    }

    @Override
    void afterBatch(List<Path> targets, ReportPrinter printer) {
        if (serviceRestart != null && !change.dryRun()) {
            List<CommitResult> run = targets.stream().map(commits::get).filter(Objects::nonNull).toList();
            printer.service(ServiceReport.of(serviceRestart.afterRun(editor, run)));
        }
    }

    @Override
    FileReport failed(Path file, RuntimeException e) {
        return EditReport.failed(file, e, change.dryRun());
    }
}

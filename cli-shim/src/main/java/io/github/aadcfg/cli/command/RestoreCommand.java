package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import io.github.aadcfg.cli.report.EditReport;
import io.github.aadcfg.cli.report.FileReport;
import io.github.aadcfg.core.ConfigEditor;

/** {@code aadcfg restore}: puts a backup back. */
@Command(name = "restore",
        description = {"Put a backup's bytes back. The current file is backed up first (a pre-restore backup), "
                + "so a restore can be undone with --undo.",
                "--latest undoes the last edit of each FILE; run again, it reports the file unchanged. --backup "
                + "takes one FILE and one of its backups (see aadcfg backups)."},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg restore --latest AADConnectProvisioningAgent.exe.config")
final class RestoreCommand extends WriteCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--force", description = "Restore a --backup PATH that is not one of FILE's backups (named "
            + "otherwise, or not where they are kept), or split a hard-linked file's link.")
    boolean force;

    /** Which backup to restore. */
    static final class Source {
        @Option(names = "--latest", required = true,
                description = "The most recent backup taken before an edit: undo the last edit.")
        boolean latest;

        @Option(names = "--undo", required = true,
                description = "The most recent backup taken by a restore: undo the last restore.")
        boolean undo;

        @Option(names = "--backup", required = true, paramLabel = "PATH",
                description = "This backup of FILE (one FILE only).")
        Path backup;
    }

    @Override
    Function<Path, FileReport> prepare() {
        ConfigEditor editor = editor(force);
        if (change.dryRun()) {
            return target -> EditReport.planned(target, editor.planRestore(target, backup(editor, target)), List.of());
        }
        return target -> committed(editor.restore(target, backup(editor, target)), List.of());
    }

    @Override
    void checkTargets(List<Path> targets) {
        if (source.backup != null && targets.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--backup names a backup of one file, but "
                    + targets.size() + " files are given; give one FILE, or restore each file's --latest");
        }
    }

    private Path backup(ConfigEditor editor, Path target) {
        if (source.latest) {
            return editor.latestBackup(target);
        }
        return source.undo ? editor.latestPreRestoreBackup(target) : source.backup;
    }
}

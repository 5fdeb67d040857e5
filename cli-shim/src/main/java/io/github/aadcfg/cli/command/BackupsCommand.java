package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.aadcfg.cli.option.SingleFileArgument;
import io.github.aadcfg.cli.report.BackupsReport;
import io.github.aadcfg.cli.report.FileReport;
import io.github.aadcfg.core.ConfigEditor;

/** {@code aadcfg backups}: lists a file's backups. */
@Command(name = "backups",
        description = {"List the backups of FILE, most recently made first, with their kind: original (the "
                + "first, always kept), edit (before an edit) or pre-restore (before a restore)."},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg backups AADConnectProvisioningAgent.exe.config")
final class BackupsCommand extends FileCommand {
    @Option(names = "--backup-dir", paramLabel = "DIR",
            description = "Look under DIR, as given to the edits (default: beside the file).")
    Path backupDir;

    BackupsCommand() {
        super(new SingleFileArgument());
    }

    @Override
    Function<Path, FileReport> prepare() {
        ConfigEditor editor = ConfigEditor.builder().backupDirectory(backupDir).build();
        return target -> new BackupsReport(target, editor.backups(target), null);
    }

    @Override
    FileReport failed(Path target, RuntimeException e) {
        return BackupsReport.failed(target, e);
    }
}

package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import io.github.aadcfg.cli.option.BackupDirectory;
import io.github.aadcfg.cli.report.BackupsReport;
import io.github.aadcfg.cli.report.FileReport;
import io.github.aadcfg.core.ConfigEditor;

/** {@code aadcfg backups}: lists each file's backups. */
@Command(name = "backups",
        description = {"List the backups of each FILE, most recently made first, with their kind: original (the "
                + "first, always kept), edit (before an edit) or pre-restore (before a restore)."},
        footerHeading = "%nExample:%n",
        footer = "  aadcfg backups AADConnectProvisioningAgent.exe.config")
final class BackupsCommand extends FileCommand {
    @Mixin
    BackupDirectory backupDirectory;

    @Override
    Function<Path, FileReport> prepare() {
        ConfigEditor editor = ConfigEditor.builder().backupDirectory(backupDirectory.directory()).build();
        return target -> new BackupsReport(target, editor.backups(target), editor.backupDirectoryOf(target), null);
    }

    @Override
    FileReport failed(Path target, RuntimeException e) {
        return BackupsReport.failed(target, e);
    }
}

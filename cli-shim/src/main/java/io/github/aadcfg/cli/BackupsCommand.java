package io.github.aadcfg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import io.github.aadcfg.core.ConfigEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The config file (on Windows, default: the agent's).")
    Path file;

    @Override
    List<Path> targets() {
        return List.of(Targets.single(spec, file, Targets.windows()));
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

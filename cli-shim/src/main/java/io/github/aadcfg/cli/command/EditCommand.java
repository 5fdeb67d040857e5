package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import picocli.CommandLine.Option;

import io.github.aadcfg.cli.report.EditReport;
import io.github.aadcfg.cli.report.FileReport;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.edits.ConfigEdit;

/** A command that edits files: commits its edits on each file, or with {@code --dry-run} only plans them. */
abstract class EditCommand extends WriteCommand {
    @Option(names = "--force", description = "Edit even files with error-level lint findings, or hard-linked "
            + "files (splitting the link: the other names keep the old content).")
    boolean force;

    /** The edits, checked once before any file is read. */
    abstract List<ConfigEdit> edits();

    @Override
    Function<Path, FileReport> prepare() {
        List<ConfigEdit> edits = edits();
        ConfigEditor editor = editor(force);
        List<String> asked = edits.stream().map(ConfigEdit::description).toList();
        if (change.dryRun()) {
            return file -> EditReport.planned(file, editor.plan(file, edits), asked);
        }
        return file -> committed(editor.apply(file, edits), asked);
    }
}

package io.github.aadcfg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import io.github.aadcfg.core.ConfigEdit;
import io.github.aadcfg.core.ConfigEditor;
import picocli.CommandLine.Mixin;

/** A command that edits files: commits its edits on each file, or with {@code --dry-run} only plans them. */
abstract class EditCommand extends FileCommand {
    @Mixin
    BatchOptions batch;

    @Mixin
    EditOptions edit;

    @Mixin
    CommitOptions commit;

    /** The FILE arguments. */
    abstract List<Path> files();

    /**
     * The edits, checked once; the function returns them for each file.
     *
     * @param editor the editor that will apply them
     */
    abstract Function<Path, List<ConfigEdit>> edits(ConfigEditor editor);

    @Override
    List<Path> targets() {
        return batch.targets(files());
    }

    @Override
    int jobs() {
        return batch.jobs;
    }

    @Override
    boolean detailedExitCode() {
        return edit.detailedExitCode;
    }

    @Override
    Function<Path, FileReport> prepare() {
        ConfigEditor editor = commit.editor(edit.force);
        Function<Path, List<ConfigEdit>> edits = edits(editor);
        if (edit.dryRun) {
            return file -> EditReport.planned(file, editor.plan(file, edits.apply(file)));
        }
        return file -> EditReport.committed(editor.apply(file, edits.apply(file)));
    }

    @Override
    FileReport failed(Path file, RuntimeException e) {
        return EditReport.failed(file, e, edit.dryRun);
    }
}

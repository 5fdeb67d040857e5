package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import io.github.aadcfg.cli.option.FileParameterLast;
import io.github.aadcfg.cli.option.FileSelection;
import io.github.aadcfg.cli.option.OutputOptions;
import io.github.aadcfg.cli.report.FileReport;
import io.github.aadcfg.cli.report.ReportPrinter;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * A command over files: resolves them, handles each (in parallel with {@code --jobs}), prints one report
 * per file in input order and exits with the most severe code. Every file is attempted.
 */
@Command(modelTransformer = FileParameterLast.class)
abstract class FileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    final FileSelection files;

    /**
     * A command over the files that {@code files} selects.
     *
     * @param files the FILE parameter and the options that go with it; picocli fills in this instance
     */
    FileCommand(FileSelection files) {
        this.files = files;
    }

    /** Whether changes make the exit code 2. */
    boolean detailedExitCode() {
        return false;
    }

    /**
     * Checks the values given on the command line, once, and returns what to do with each file.
     *
     * @throws AadcfgException when a value is invalid; no file is touched
     */
    abstract Function<Path, FileReport> prepare();

    /** The report for a file whose handling failed. */
    abstract FileReport failed(Path file, RuntimeException e);

    @Override
    public Integer call() {
        List<Path> targets;
        try {
            targets = files.targets();
        } catch (AadcfgException e) {
            return output.printer(0, false).fail(e);
        }
        ReportPrinter printer = output.printer(targets.size(), detailedExitCode());
        Function<Path, FileReport> handler;
        try {
            handler = prepare();
        } catch (AadcfgException e) {
            return printer.fail(e);
        }
        Batch.run(targets, files.jobs(), file -> handle(handler, file), printer::print);
        return printer.finish();
    }

    private FileReport handle(Function<Path, FileReport> handler, Path file) {
        try {
            return handler.apply(file);
        } catch (AadcfgException e) {
            return failed(file, e);
        } catch (RuntimeException e) {
            e.printStackTrace(spec.commandLine().getErr());
            return failed(file, e);
        }
    }
}

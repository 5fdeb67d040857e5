package io.github.aadcfg.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import io.github.aadcfg.cli.option.BatchOptions;
import io.github.aadcfg.cli.option.FileParameterLast;
import io.github.aadcfg.cli.option.OptionNames;
import io.github.aadcfg.cli.option.OutputOptions;
import io.github.aadcfg.cli.report.FileReport;
import io.github.aadcfg.cli.report.ReportPrinter;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * A command over files: checks the values given, resolves the files, handles each (in parallel with
 * {@code --jobs}), prints one report per file in input order and exits with the most severe code. Every file
 * is attempted, unless Ctrl-C or SIGTERM stops the batch (see {@link StopSignals}): then the files already
 * started are finished and reported, and the run exits 130.
 */
@Command(modelTransformer = FileParameterLast.class)
abstract class FileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    BatchOptions files;

    /** Whether changes make the exit code 2. */
    boolean detailedExitCode() {
        return false;
    }

    /**
     * Checks the values given on the command line, once, and returns what to do with each file.
     *
     * @throws AadcfgException when a value is invalid; no file is read
     */
    abstract Function<Path, FileReport> prepare();

    /**
     * Checks that the options suit this many files; by default any number does.
     *
     * @throws ParameterException when they do not
     */
    void checkTargets(List<Path> targets) {
    }

    /**
     * Runs after every file was handled and reported (not after an interrupted batch), before the summary; by
     * default nothing.
     *
     * @param targets the files, in input order
     */
    void afterBatch(List<Path> targets, ReportPrinter printer) {
    }

    /** The report for a file whose handling failed. */
    abstract FileReport failed(Path file, RuntimeException e);

    @Override
    public Integer call() {
        Function<Path, FileReport> handler;
        try {
            handler = prepare();
        } catch (AadcfgException e) {
            ReportPrinter printer = output.printer(0, false);
            // a value given on the command line is wrong: a usage error, told in the command line's terms
            return e.category() == Category.INVALID_VALUE ? printer.usageError(OptionNames.inCliTerms(e))
                    : printer.fail(e);
        }
        List<Path> targets;
        try {
            targets = files.targets();
        } catch (AadcfgException e) {
            return output.printer(0, false).fail(e);
        }
        checkTargets(targets);
        ReportPrinter printer = output.printer(targets.size(), detailedExitCode());
        int handled;
        try (StopSignals stop = StopSignals.install()) {
            handled = Batch.run(targets, files.jobs(), file -> handle(handler, file), printer::print, stop::requested);
        }
        if (handled < targets.size()) {
            printer.interrupted(handled, targets.size());
        } else {
            afterBatch(targets, printer);
        }
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

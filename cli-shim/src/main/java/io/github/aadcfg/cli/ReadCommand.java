package io.github.aadcfg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A command that only reads files (lint, proxy show): FILE arguments and the batch options, no editing options. */
abstract class ReadCommand extends FileCommand {
    @Mixin
    BatchOptions batch;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Config files to read.")
    List<Path> files = new ArrayList<>();

    @Override
    List<Path> targets() {
        return batch.targets(files);
    }

    @Override
    int jobs() {
        return batch.jobs;
    }
}

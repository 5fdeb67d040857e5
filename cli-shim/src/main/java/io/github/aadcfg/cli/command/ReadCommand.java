package io.github.aadcfg.cli.command;

import io.github.aadcfg.cli.option.BatchOptions;

/** A command that only reads files (lint, proxy show): FILE arguments and the batch options, no editing options. */
abstract class ReadCommand extends FileCommand {
    ReadCommand() {
        super(new BatchOptions());
    }
}

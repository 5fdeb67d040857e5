package io.github.aadcfg.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import io.github.aadcfg.cli.report.ExitCodes;

/** {@code aadcfg completion}: prints the shell completion script. */
@Command(name = "completion",
        description = "Print a completion script for bash (zsh: after autoload -U bashcompinit && bashcompinit).",
        footerHeading = "%nExample:%n",
        footer = {"  source <(aadcfg completion)                        # this shell",
            "  aadcfg completion > /etc/bash_completion.d/aadcfg   # every new shell"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("aadcfg", spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}

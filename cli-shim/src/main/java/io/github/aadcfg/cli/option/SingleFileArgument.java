package io.github.aadcfg.cli.option;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The FILE argument of the commands that work on one file. */
public final class SingleFileArgument implements FileSelection {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(paramLabel = FILE, arity = "0..1", description = "The config file (on Windows, default: the agent's).")
    Path file;

    /** The file named or, on Windows, the agent's config. */
    @Override
    public List<Path> targets() {
        return List.of(Targets.single(spec, file, Targets.windows()));
    }
}

package io.github.aadcfg.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options of the commands that take many files: where else the files come from, and how many at once. */
final class BatchOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--files-from", paramLabel = "LIST",
            description = "Also the files listed in LIST, one path per line (blank lines and # comments are "
                    + "skipped); - reads standard input.")
    String filesFrom;

    @Option(names = "--updater",
            description = "On Windows, also the Agent Updater's config (AADConnectAgentUpdater.exe.config).")
    boolean updater;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "1",
            description = "Files handled in parallel (default: ${DEFAULT-VALUE}); output stays in input order.")
    int jobs;

    /** The files to work on, given the FILE arguments. */
    List<Path> targets(List<Path> named) {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, was " + jobs);
        }
        List<Path> listed = filesFrom == null ? null : FileList.read(filesFrom);
        return Targets.of(spec, named, listed, updater, Targets.windows());
    }
}

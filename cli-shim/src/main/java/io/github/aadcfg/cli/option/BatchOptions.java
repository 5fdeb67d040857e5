package io.github.aadcfg.cli.option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.github.aadcfg.core.report.AadcfgException;

/**
 * The FILE parameter of the commands over files and the options that name files with it: which files, how many
 * at once.
 */
public final class BatchOptions {
    /** The label of the FILE parameter, which {@link FileParameterLast} finds by it. */
    static final String FILE = "FILE";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(paramLabel = FILE, arity = "0..*",
            description = "The config files (on Windows, default: the agent's, where aadcfg where finds it).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--files-from", paramLabel = "LIST",
            description = "Also the files listed in LIST, one path per line, relative to the current directory "
                    + "(blank lines and # comments are skipped); - reads standard input.")
    String filesFrom;

    @Option(names = "--updater",
            description = "On Windows, also the Agent Updater's config (AADConnectAgentUpdater.exe.config), where "
                    + "aadcfg where --updater finds it.")
    boolean updater;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "1",
            description = "Files handled in parallel (default: ${DEFAULT-VALUE}); output stays in input order.")
    int jobs;

    /**
     * The files named, then those listed, each once.
     *
     * @throws AadcfgException when the list cannot be read, or names no file
     */
    public List<Path> targets() {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, was " + jobs);
        }
        List<Path> listed = filesFrom == null ? null : FileList.read(filesFrom);
        return Targets.of(spec, files, listed, updater, AgentHost.current());
    }

    /** How many files to handle at once. */
    public int jobs() {
        return jobs;
    }
}

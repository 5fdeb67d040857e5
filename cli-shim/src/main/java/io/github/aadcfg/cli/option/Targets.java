package io.github.aadcfg.cli.option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.agent.AgentProgram;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Which files a command works on: those named, then those listed with {@code --files-from}. On Windows,
 * when neither is given, the provisioning agent's config where the registry says it is installed (else at its
 * default path); {@code --updater} adds the Agent Updater's, found the same way. Each file once: paths that name
 * the same file (the path twice, a symbolic link and its target) are one target, spelled as first given.
 */
final class Targets {
    private Targets() {
    }

    /**
     * The files of a batch command, each once.
     *
     * @param named   the FILE arguments
     * @param listed  the files from {@code --files-from}, or {@code null} when it was not given
     * @param updater {@code --updater}: add the Agent Updater's config
     * @param host    the machine, which has those configs when it is Windows
     * @throws ParameterException when no file is given off Windows, or {@code --updater} is used off Windows
     * @throws AadcfgException    ({@code no-files}, input unavailable) when a {@code --files-from} list names
     *                            none and no file is named
     */
    static List<Path> of(CommandSpec spec, List<Path> named, List<Path> listed, boolean updater, AgentHost host) {
        if (updater && !host.windows()) {
            throw new ParameterException(spec.commandLine(),
                    "--updater names the Agent Updater's config on Windows; elsewhere give the FILE");
        }
        List<Path> files = new ArrayList<>(named);
        if (listed != null) {
            files.addAll(listed);
        }
        if (named.isEmpty() && listed == null) {
            if (!host.windows()) {
                throw new ParameterException(spec.commandLine(), "Missing FILE: give one or more config files "
                        + "(only on Windows is the agent's own config the default)");
            }
            files.add(host.locate(AgentProgram.PROVISIONING_AGENT).file());
        }
        if (updater) {
            files.add(host.locate(AgentProgram.AGENT_UPDATER).file());
        }
        if (files.isEmpty()) {
            throw new AadcfgException(Category.INPUT_UNAVAILABLE, "no-files", null,
                    "no files: the --files-from list names none");
        }
        return ConfigEditor.distinctFiles(files);
    }
}

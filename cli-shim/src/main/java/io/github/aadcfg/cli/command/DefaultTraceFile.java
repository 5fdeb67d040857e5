package io.github.aadcfg.cli.command;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import io.github.aadcfg.cli.option.FileParameterLast;
import io.github.aadcfg.core.agent.EnableTracing;

/**
 * The help of {@code tracing enable}: the default trace file on a line of its own, below the options, as it is.
 * At 84 characters, with spaces, it fits no column of an 80-column help, and picocli would break it across lines
 * where it wraps text, so that it could not be copied; this section is not wrapped. The command's FILE comes last,
 * as in every command over files ({@link FileParameterLast}).
 */
final class DefaultTraceFile implements IModelTransformer {
    private static final String SECTION = "defaultTraceFile";

    @Override
    public CommandSpec transform(CommandSpec command) {
        UsageMessageSpec usage = command.usageMessage();
        List<String> sections = new ArrayList<>(usage.sectionKeys());
        sections.add(sections.indexOf(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING), SECTION);
        usage.sectionKeys(sections);
        usage.sectionMap().put(SECTION, help -> String.format("%nDefault trace file (--log-file):%n  %s%n",
                EnableTracing.DEFAULT_LOG_FILE));
        return new FileParameterLast().transform(command);
    }
}

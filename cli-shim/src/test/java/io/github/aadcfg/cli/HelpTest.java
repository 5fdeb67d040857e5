package io.github.aadcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class HelpTest {
    @Test
    void everyCommandShowsTheExitCodesAndAnExampleThatFitsEightyColumns() {
        for (CommandLine command : all(Main.commandLine())) {
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String name = command.getCommandSpec().qualifiedName();
            assertThat(help).as(name).contains("Exit codes:", "64   usage error", "Example:");
            List<String> example = help.substring(help.indexOf("Example:")).lines().skip(1).toList();
            assertThat(example).as(name).isNotEmpty().allSatisfy(line -> assertThat(line).hasSizeLessThan(80));
            assertThat(example.get(0)).as(name).contains("aadcfg ");
        }
    }

    private static List<CommandLine> all(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(sub -> all.addAll(all(sub)));
        return all;
    }
}

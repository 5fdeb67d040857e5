package io.github.aadcfg.cli;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import io.github.aadcfg.cli.command.Subcommands;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void aCommandLineBuiltForOneSubcommandHasThatSubcommandExactlyAsTheFullOneHasIt() {
        CommandLine full = Main.commandLine();
        assertThat(full.getSubcommands().keySet()).containsExactlyElementsOf(Subcommands.BY_NAME.keySet());
        for (String name : Subcommands.BY_NAME.keySet()) {
            CommandLine lazy = Main.commandLine(name, "--help");
            List<CommandLine> expected = all(full.getSubcommands().get(name));
            List<CommandLine> actual = all(lazy.getSubcommands().get(name));
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                CommandLine e = expected.get(i);
                CommandLine a = actual.get(i);
                assertThat(a.getCommandSpec().qualifiedName()).isEqualTo(e.getCommandSpec().qualifiedName());
                assertThat(a.getUsageMessage(CommandLine.Help.Ansi.OFF)).as(e.getCommandSpec().qualifiedName())
                        .isEqualTo(e.getUsageMessage(CommandLine.Help.Ansi.OFF));
                assertThat(a.getParameterExceptionHandler()).isNotNull();
                assertThat(a.getExecutionExceptionHandler()).isNotNull();
            }
        }
        assertThat(Main.commandLine("completion").getSubcommands()).hasSameSizeAs(Subcommands.BY_NAME);
        assertThat(Main.commandLine("--help").getSubcommands()).hasSameSizeAs(Subcommands.BY_NAME);
        assertThat(Main.commandLine("prox").getSubcommands()).hasSameSizeAs(Subcommands.BY_NAME);
        assertThat(Main.commandLine().getSubcommands()).hasSameSizeAs(Subcommands.BY_NAME);
    }

    private static List<CommandLine> all(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(sub -> all.addAll(all(sub)));
        return all;
    }
}

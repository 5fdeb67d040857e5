package io.github.aadcfg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

import io.github.aadcfg.cli.command.Subcommands;
import io.github.aadcfg.cli.report.ErrorLine;
import io.github.aadcfg.cli.report.ExitCodes;
import io.github.aadcfg.core.report.AadcfgException;

/** The entry point of the {@code aadcfg} command. */
public final class Main {
    private Main() {
    }

    /** Runs {@code aadcfg} and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code aadcfg} with these arguments and returns the exit code. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** The command line with all subcommands, its error handling and the exit codes in every command's help. */
    static CommandLine commandLine() {
        return build(Subcommands.BY_NAME.values());
    }

    /**
     * The command line for these arguments: when the first one names a subcommand, only that subcommand (with
     * its own subcommands) is built, since it is the only one these arguments can reach; otherwise (help,
     * version, a mistyped name that gets suggestions, an {@code @file}, completion, which lists them all) every
     * subcommand is.
     */
    static CommandLine commandLine(String... args) {
        Class<?> named = args.length == 0 || "completion".equals(args[0]) ? null
                : Subcommands.BY_NAME.get(args[0]);
        return named == null ? commandLine() : build(List.of(named));
    }

    private static CommandLine build(Collection<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new AadcfgCommand());
        for (Class<?> subcommand : subcommands) {
            // a command line of its own: picocli applies model transformers only when one is made
            cli.addSubcommand(new CommandLine(subcommand));
        }
        // after the subcommands: these settings reach the subcommands present when they are made
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler(Main::executionError);
        describeExitCodes(cli);
        return cli;
    }

    private static void describeExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.descriptions());
        command.getSubcommands().values().forEach(Main::describeExitCodes);
    }

    private static int usageError(ParameterException e, String[] args) {
        if (jsonRequested(Arrays.asList(args))) {
            return ErrorLine.usage(e.getMessage().replaceFirst("^Error: ", ""));
        }
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("aadcfg: " + e.getMessage().replaceFirst("^Error: ", ""));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
    }

    private static int executionError(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        boolean json = jsonRequested(parsed.originalArgs());
        if (e instanceof AadcfgException known) {
            if (json) {
                return ErrorLine.unexpected(known);
            }
            err.println("aadcfg: error: " + known.getMessage());
            return ExitCodes.of(known.category());
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("aadcfg: error: " + e.getMessage());
            return ExitCodes.IO;
        }
        if (json && e instanceof RuntimeException bug) {
            e.printStackTrace(err);
            return ErrorLine.unexpected(bug);
        }
        err.println("aadcfg: internal error: please report: " + e);
        e.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }

    /** Whether {@code --json} is among the options (before any {@code --}), even when the rest could not be parsed. */
    private static boolean jsonRequested(List<String> args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--json")) {
                return true;
            }
        }
        return false;
    }
}

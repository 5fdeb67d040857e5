package io.github.aadcfg.cli.report;

import java.io.PrintWriter;

/**
 * Under {@code --json}, the one line of a run stopped before a command could print its reports: a usage error,
 * or a failure that escaped the command. Like every line of JSON output it goes to standard output.
 */
public final class ErrorLine {
    private ErrorLine() {
    }

    /** Prints the line of a usage error and returns its exit code, 64. */
    public static int usage(String message) {
        return print(Failure.usage(message));
    }

    /** Prints the line of a failure that escaped a command and returns its exit code. */
    public static int unexpected(RuntimeException e) {
        return print(Failure.of(e));
    }

    private static int print(Failure failure) {
        PrintWriter out = Terminal.utf8Stdout();
        out.println(Json.line(Json.errorLine(failure, null)));
        out.flush();
        return failure.exitCode();
    }
}

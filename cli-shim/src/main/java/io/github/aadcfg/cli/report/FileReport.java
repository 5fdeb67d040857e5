package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;

import com.google.gson.JsonObject;

/**
 * What one command did with one file. {@link ReportPrinter} prints it as one JSON object ({@code type},
 * {@code file}, {@code status}, the command's fields, {@code error}) or as human lines; a failure it prints
 * the same way for every command.
 */
public interface FileReport {
    /** The file, as given. */
    Path file();

    /** Why the file could not be handled, or {@code null}. */
    Failure failure();

    /** What became of the file when it was handled; not used on failure. */
    Outcome outcome();

    /** The JSON {@code status}: the outcome's, or {@code error} on failure. */
    default String status() {
        return failure() == null ? outcome().json() : "error";
    }

    /** How the human summary counts this file, e.g. {@code changed} or {@code failed}. */
    default String summary() {
        return failure() == null ? outcome().human() : "failed";
    }

    /** This file's exit code; {@code detailed} is {@code --detailed-exitcode}. */
    default int exitCode(boolean detailed) {
        return failure() == null ? ExitCodes.OK : failure().exitCode();
    }

    /** Adds the command's fields to the JSON object, also on failure (then empty or null). */
    void addFields(JsonObject json);

    /** The human line of a file that was handled, and any details indented below it. */
    void printHuman(PrintWriter out, Style style);

    /** Whether the file was written: its content on disk changed. */
    default boolean changedOnDisk() {
        return false;
    }

    /** Warnings raised while handling the file, for stderr; none by default. */
    default void printWarnings(PrintWriter err) {
    }

    /** {@code "1 error"}, {@code "2 errors"}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

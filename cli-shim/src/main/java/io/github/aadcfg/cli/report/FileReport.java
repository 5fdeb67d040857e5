package io.github.aadcfg.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;

import com.google.gson.JsonObject;

/** What one command did with one file, printable as one JSON object or as a human line with details. */
public interface FileReport {
    /** The file, as given. */
    Path file();

    /** Why the file could not be handled, or {@code null}. */
    Failure failure();

    /** How the summary line counts this file, e.g. {@code changed} or {@code failed}. */
    String summary();

    /** This file's exit code; {@code detailed} is {@code --detailed-exitcode}. */
    int exitCode(boolean detailed);

    /** The JSON object: {@code file}, {@code status}, the command's data, {@code error}. */
    JsonObject toJson();

    /** The human line, and any details indented below it. */
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

package io.github.aadcfg.cli.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.aadcfg.core.report.AadcfgException;

/**
 * The exit codes of {@code aadcfg} (the {@code sysexits.h} values where one fits) and which one wins when
 * the files of one run end differently.
 */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Something changed or would change; only with {@code --detailed-exitcode}. */
    public static final int CHANGED = 2;
    /** The command line is wrong. */
    public static final int USAGE = 64;
    /** Bad input data: malformed or hostile XML, not a .NET config, a blocking lint finding, an invalid value. */
    public static final int DATA = 65;
    /** An input file is missing or unreadable. */
    public static final int NO_INPUT = 66;
    /** A bug in aadcfg. */
    public static final int INTERNAL = 70;
    /** A backup or the output cannot be created. */
    public static final int CANNOT_CREATE = 73;
    /** Any other I/O error. */
    public static final int IO = 74;
    /** Locked by another run, or changed underneath. */
    public static final int CONFLICT = 75;
    /** Stopped by Ctrl-C (SIGINT) or SIGTERM: 128 + SIGINT's number, as shells report an interrupted command. */
    public static final int INTERRUPTED = 130;

    /** From least to most severe. */
    private static final List<Integer> SEVERITY = List.of(OK, CHANGED, DATA, NO_INPUT, CANNOT_CREATE, IO, CONFLICT,
            INTERNAL);

    private ExitCodes() {
    }

    /** The exit code for a failure of this category. */
    public static int of(AadcfgException.Category category) {
        return switch (category) {
            case BAD_DATA, INVALID_VALUE -> DATA;
            case INPUT_UNAVAILABLE -> NO_INPUT;
            case CANNOT_WRITE -> CANNOT_CREATE;
            case IO -> IO;
            case CONFLICT -> CONFLICT;
            case INTERNAL -> INTERNAL;
        };
    }

    /** The more severe of two exit codes: 70 > 75 > 74 > 73 > 66 > 65 > 2 > 0. */
    static int worst(int a, int b) {
        return SEVERITY.indexOf(a) >= SEVERITY.indexOf(b) ? a : b;
    }

    /** The table shown by {@code --help}. */
    public static Map<String, String> descriptions() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("  0", "success");
        codes.put("  2", "something changed or would change (only with --detailed-exitcode)");
        codes.put(" 64", "usage error, or an invalid option value (e.g. --address), before any file is read");
        codes.put(" 65", "bad input data: malformed or hostile XML, not a .NET config, a blocking lint finding, "
                + "a value a file cannot take, a --backup that is not the file's; for lint: an error-level finding");
        codes.put(" 66", "input missing or unreadable, no files");
        codes.put(" 70", "internal error: please report");
        codes.put(" 73", "cannot create a backup or the output");
        codes.put(" 74", "other I/O error");
        codes.put(" 75", "locked by another run (see --wait) or changed underneath");
        codes.put("130", "interrupted (Ctrl-C, SIGTERM): the files started were finished and reported, the "
                + "others left untouched");
        codes.put("", "With several files every file is attempted and the most severe code wins: "
                + "70 > 75 > 74 > 73 > 66 > 65 > 2 > 0.");
        return codes;
    }
}

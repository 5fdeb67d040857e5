package io.github.aadcfg.cli.report;

import java.nio.file.Path;

import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.SecretMask;

/**
 * Why a file could not be handled, as reported: the error's stable code and full message, where in the
 * file it is, and the exit code it maps to.
 *
 * @param code     stable identifier, e.g. {@code malformed-xml}
 * @param message  the message with its {@code file:line:column} prefix, secrets masked
 * @param reason   the message without the prefix, secrets masked
 * @param file     the file the error names, or {@code null}
 * @param line     1-based line, or 0
 * @param column   1-based column, or 0
 * @param exitCode the exit code it maps to
 */
public record Failure(String code, String message, String reason, Path file, int line, int column, int exitCode) {
    /** The code of a failure that is a bug in aadcfg (exit 70). */
    static final String INTERNAL = "internal";
    /** The code of a usage error (exit 64). */
    static final String USAGE = "usage";

    /** The failure for an exception thrown while handling a file. */
    static Failure of(RuntimeException e) {
        if (e instanceof AadcfgException known) {
            return new Failure(known.code(), SecretMask.text(known.getMessage()), SecretMask.text(known.reason()),
                    known.file(), known.line(), known.column(), ExitCodes.of(known.category()));
        }
        String message = "internal error: please report: " + e;
        return new Failure(INTERNAL, message, message, null, 0, 0, ExitCodes.INTERNAL);
    }

    /** A command line picocli could not parse, or that names no file. */
    static Failure usage(String message) {
        return new Failure(USAGE, message, message, null, 0, 0, ExitCodes.USAGE);
    }

    /**
     * The human line for {@code target}: {@code target[:line[:column]]: error: reason}, then the option that
     * overrides the refusal if there is one, control characters escaped ({@link Printable}).
     *
     * @param hint the option that overrides it, e.g. {@code --force}, or {@code null}
     */
    String humanLine(Path target, String hint) {
        return where(target) + ": error: " + Printable.of(file != null && !file.equals(target) ? message : reason)
                + Overrides.humanSuffix(hint);
    }

    private String where(Path target) {
        StringBuilder where = new StringBuilder(Printable.of(target));
        if ((file == null || file.equals(target)) && line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.toString();
    }

    /** This failure with another exit code (e.g. an invalid value given on the command line: a usage error). */
    Failure withExitCode(int code) {
        return new Failure(this.code, message, reason, file, line, column, code);
    }
}

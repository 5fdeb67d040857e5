package io.github.aadcfg.cli;

import java.nio.file.Path;

import io.github.aadcfg.core.AadcfgException;

/**
 * Why a file could not be handled, as reported: the error's stable code and full message, where in the
 * file it is, and the exit code it maps to.
 *
 * @param code     stable identifier, e.g. {@code malformed-xml}
 * @param message  the message with its {@code file:line:column} prefix
 * @param reason   the message without the prefix
 * @param file     the file the error names, or {@code null}
 * @param line     1-based line, or 0
 * @param column   1-based column, or 0
 * @param exitCode the exit code it maps to
 */
record Failure(String code, String message, String reason, Path file, int line, int column, int exitCode) {

    /** The failure for an exception thrown while handling a file. */
    static Failure of(RuntimeException e) {
        if (e instanceof AadcfgException known) {
            return new Failure(known.code(), known.getMessage(), known.reason(), known.file(), known.line(),
                    known.column(), ExitCodes.of(known.category()));
        }
        String message = "internal error: please report: " + e;
        return new Failure("internal", message, message, null, 0, 0, ExitCodes.INTERNAL);
    }

    /** The human line for {@code target}: {@code target[:line[:column]]: error: reason}. */
    String humanLine(Path target) {
        if (file != null && !file.equals(target)) {
            return target + ": error: " + message;
        }
        StringBuilder where = new StringBuilder(target.toString());
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.append(": error: ").append(reason).toString();
    }
}

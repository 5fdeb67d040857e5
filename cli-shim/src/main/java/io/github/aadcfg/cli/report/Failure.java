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

    /** The failure for an exception thrown while handling a file. */
    static Failure of(RuntimeException e) {
        if (e instanceof AadcfgException known) {
            return new Failure(known.code(), SecretMask.text(known.getMessage()), SecretMask.text(known.reason()),
                    known.file(), known.line(),
                    known.column(), ExitCodes.of(known.category()));
        }
        String message = "internal error: please report: " + e;
        return new Failure("internal", message, message, null, 0, 0, ExitCodes.INTERNAL);
    }

    /**
     * The human line for {@code target}: {@code target[:line[:column]]: error: reason}, control characters
     * escaped ({@link Printable}).
     */
    String humanLine(Path target) {
        if (file != null && !file.equals(target)) {
            return Printable.of(target) + ": error: " + Printable.of(message);
        }
        StringBuilder where = new StringBuilder(Printable.of(target));
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.append(": error: ").append(Printable.of(reason)).toString();
    }
}

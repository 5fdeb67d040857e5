package io.github.aadcfg.core.report;

import java.nio.file.Path;
import java.util.Objects;

import io.github.aadcfg.core.report.AadcfgException.Category;

/**
 * Root of every error aadcfg reports. Each error names the file it concerns, the line and column where
 * known, and says what was expected and what to do; {@link #category()} tells adapters (CLI, Maven
 * plugin) how to map it to an exit code or build failure without inspecting messages.
 *
 * <p>Whatever the error, the file it names and its directory are left as they were.
 */
public class AadcfgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Coarse classes of failure, stable for adapters to map. */
    public enum Category {
        /** The input is not acceptable data: malformed or hostile XML, not a .NET config, lint errors. */
        BAD_DATA,
        /** A requested value is invalid (e.g. a proxy address). */
        INVALID_VALUE,
        /** The input is missing, unreadable or not a regular file. */
        INPUT_UNAVAILABLE,
        /** A backup, temporary file or the output cannot be created. */
        CANNOT_WRITE,
        /** Any other I/O failure. */
        IO,
        /** Another run holds the file's lock, or the file changed underneath. */
        CONFLICT,
        /** The engine's own safety check refused the result; a bug, never the user's fault. */
        INTERNAL,
        /**
         * A service could not be controlled (no way to control services here, no such service), or did not run
         * after a change, which was then taken back.
         */
        SERVICE
    }

    private final Category category;
    private final String code;
    private final Path file;
    private final int line;
    private final int column;

    /**
     * An error at a known place.
     *
     * @param category the failure class
     * @param code     a short stable identifier such as {@code malformed-xml}
     * @param file     the file concerned, or {@code null}
     * @param line     1-based line, or 0 when unknown
     * @param column   1-based column, or 0 when unknown
     * @param message  what went wrong, what was expected and what to do
     * @param cause    the underlying failure, or {@code null}
     */
    public AadcfgException(Category category, String code, Path file, int line, int column, String message,
            Throwable cause) {
        super(message, cause);
        this.category = Objects.requireNonNull(category, "category");
        this.code = Objects.requireNonNull(code, "code");
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** An error about a file as a whole (no line known). */
    public AadcfgException(Category category, String code, Path file, String message) {
        this(category, code, file, 0, 0, message, null);
    }

    /** An error about a file as a whole (no line known), caused by another failure. */
    public AadcfgException(Category category, String code, Path file, String message, Throwable cause) {
        this(category, code, file, 0, 0, message, cause);
    }

    /** The failure class, for mapping to exit codes. */
    public Category category() {
        return category;
    }

    /** A short stable identifier such as {@code malformed-xml} or {@code locked}. */
    public String code() {
        return code;
    }

    /** The file concerned, or {@code null} when the error is not about a file. */
    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The message prefixed with {@code file:line:column: } as far as known. */
    @Override
    public String getMessage() {
        String message = super.getMessage();
        if (file == null) {
            return message;
        }
        StringBuilder where = new StringBuilder(file.toString());
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.append(": ").append(message).toString();
    }

    /** The message without the location prefix. */
    public String reason() {
        return super.getMessage();
    }
}

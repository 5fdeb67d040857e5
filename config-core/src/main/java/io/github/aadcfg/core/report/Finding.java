package io.github.aadcfg.core.report;

import java.nio.file.Path;

/**
 * One problem found in a config file.
 *
 * @param code     a stable identifier such as {@code duplicate-section}
 * @param severity how serious it is
 * @param message  what is wrong and what to do, any value in it masked by {@link SecretMask#text}
 * @param line     1-based line, or 0 when the finding is about the whole file
 * @param file     the file {@code line} is in when it is not the file linted or edited (e.g. the transform
 *                 file of an XDT warning), or {@code null}
 */
public record Finding(String code, Severity severity, String message, int line, Path file) {
    /** Masks any secret in the message. */
    public Finding {
        message = SecretMask.text(message);
    }

    /** A finding on the file linted or edited. */
    public Finding(String code, Severity severity, String message, int line) {
        this(code, severity, message, line, null);
    }

    /** Whether this finding blocks edits. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + severity.name().toLowerCase(java.util.Locale.ROOT)
                + " [" + code + "] " + message;
    }
}

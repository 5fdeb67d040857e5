package io.github.aadcfg.core;

import java.nio.file.Path;

/** A backup, temporary file or the output cannot be created (read-only file or directory, disk full, owner not preservable). */
public class CannotWriteException extends AadcfgException {
    private static final long serialVersionUID = 1L;

    public CannotWriteException(String code, Path file, String message) {
        this(code, file, 0, 0, message, null);
    }

    public CannotWriteException(String code, Path file, String message, Throwable cause) {
        this(code, file, 0, 0, message, cause);
    }

    public CannotWriteException(String code, Path file, int line, int column, String message, Throwable cause) {
        super(code, file, line, column, message, cause);
    }

    @Override
    public Category category() {
        return Category.CANNOT_WRITE;
    }
}

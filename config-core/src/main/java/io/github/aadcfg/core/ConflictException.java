package io.github.aadcfg.core;

import java.nio.file.Path;

/** Another run holds the file's lock, or the file changed between reading and replacing it. */
public class ConflictException extends AadcfgException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String code, Path file, String message) {
        this(code, file, 0, 0, message, null);
    }

    public ConflictException(String code, Path file, String message, Throwable cause) {
        this(code, file, 0, 0, message, cause);
    }

    public ConflictException(String code, Path file, int line, int column, String message, Throwable cause) {
        super(code, file, line, column, message, cause);
    }

    @Override
    public Category category() {
        return Category.CONFLICT;
    }
}

package io.github.aadcfg.core;

import java.nio.file.Path;

/** The input is missing, unreadable, a directory, or not a regular file. */
public class InputUnavailableException extends AadcfgException {
    private static final long serialVersionUID = 1L;

    public InputUnavailableException(String code, Path file, String message) {
        this(code, file, 0, 0, message, null);
    }

    public InputUnavailableException(String code, Path file, String message, Throwable cause) {
        this(code, file, 0, 0, message, cause);
    }

    public InputUnavailableException(String code, Path file, int line, int column, String message, Throwable cause) {
        super(code, file, line, column, message, cause);
    }

    @Override
    public Category category() {
        return Category.INPUT_UNAVAILABLE;
    }
}

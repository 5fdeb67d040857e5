package io.github.aadcfg.core;

import java.nio.file.Path;

/** A value given for an edit is invalid. The message never echoes a rejected value that held a password. */
public class InvalidValueException extends AadcfgException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String code, Path file, String message) {
        this(code, file, 0, 0, message, null);
    }

    public InvalidValueException(String code, Path file, String message, Throwable cause) {
        this(code, file, 0, 0, message, cause);
    }

    public InvalidValueException(String code, Path file, int line, int column, String message, Throwable cause) {
        super(code, file, line, column, message, cause);
    }

    @Override
    public Category category() {
        return Category.INVALID_VALUE;
    }
}

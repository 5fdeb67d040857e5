package io.github.aadcfg.core;

import java.nio.file.Path;

/** The input is well-formed XML but not a .NET configuration file (its root is not {@code <configuration>}). */
public class NotDotNetConfigException extends AadcfgException {
    private static final long serialVersionUID = 1L;

    public NotDotNetConfigException(String code, Path file, String message) {
        this(code, file, 0, 0, message, null);
    }

    public NotDotNetConfigException(String code, Path file, String message, Throwable cause) {
        this(code, file, 0, 0, message, cause);
    }

    public NotDotNetConfigException(String code, Path file, int line, int column, String message, Throwable cause) {
        super(code, file, line, column, message, cause);
    }

    @Override
    public Category category() {
        return Category.BAD_DATA;
    }
}

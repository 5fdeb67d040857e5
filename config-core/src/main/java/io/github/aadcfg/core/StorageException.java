package io.github.aadcfg.core;

import java.nio.file.Path;

/** An I/O failure other than the ones with their own type. */
public class StorageException extends AadcfgException {
    private static final long serialVersionUID = 1L;

    public StorageException(String code, Path file, String message) {
        this(code, file, 0, 0, message, null);
    }

    public StorageException(String code, Path file, String message, Throwable cause) {
        this(code, file, 0, 0, message, cause);
    }

    public StorageException(String code, Path file, int line, int column, String message, Throwable cause) {
        super(code, file, line, column, message, cause);
    }

    @Override
    public Category category() {
        return Category.IO;
    }
}

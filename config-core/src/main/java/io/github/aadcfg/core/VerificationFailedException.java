package io.github.aadcfg.core;

import java.nio.file.Path;

/** The engine's verification of its own result failed, so nothing was written. This is a bug in aadcfg. */
public class VerificationFailedException extends AadcfgException {
    private static final long serialVersionUID = 1L;

    public VerificationFailedException(String code, Path file, String message) {
        this(code, file, 0, 0, message, null);
    }

    public VerificationFailedException(String code, Path file, String message, Throwable cause) {
        this(code, file, 0, 0, message, cause);
    }

    public VerificationFailedException(String code, Path file, int line, int column, String message, Throwable cause) {
        super(code, file, line, column, message, cause);
    }

    @Override
    public Category category() {
        return Category.INTERNAL;
    }
}

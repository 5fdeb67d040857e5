package io.github.aadcfg.core;

import java.nio.file.Path;

/** The input is not a well-formed, safe XML document: malformed, truncated, empty, binary, wrongly encoded, or carrying a DTD (never processed). */
public class InvalidXmlException extends AadcfgException {
    private static final long serialVersionUID = 1L;

    public InvalidXmlException(String code, Path file, String message) {
        this(code, file, 0, 0, message, null);
    }

    public InvalidXmlException(String code, Path file, String message, Throwable cause) {
        this(code, file, 0, 0, message, cause);
    }

    public InvalidXmlException(String code, Path file, int line, int column, String message, Throwable cause) {
        super(code, file, line, column, message, cause);
    }

    @Override
    public Category category() {
        return Category.BAD_DATA;
    }
}

package io.github.aadcfg.core;

import java.nio.file.Path;

/**
 * An XDT transform file is invalid: an unknown transform or locator, bad arguments, a bad XPath, or a
 * transform Microsoft's engine also refuses (e.g. {@code Insert} under a parent that does not exist).
 * The file, line and column are those of the transform file.
 */
public class InvalidTransformException extends AadcfgException {
    private static final long serialVersionUID = 1L;

    public InvalidTransformException(String code, Path transformFile, int line, int column, String message) {
        super(code, transformFile, line, column, message, null);
    }

    @Override
    public Category category() {
        return Category.BAD_DATA;
    }
}

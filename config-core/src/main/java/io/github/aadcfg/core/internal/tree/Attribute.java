package io.github.aadcfg.core.internal.tree;

/**
 * One attribute as written in a start tag: its name, where its value sits (between the quotes) and
 * which quote character it uses.
 *
 * @param name        the attribute's name as written (with prefix, if any)
 * @param start       offset of the first character of the name
 * @param valueStart  offset just past the opening quote
 * @param valueEnd    offset of the closing quote
 * @param quote       the quote character, {@code "} or {@code '}
 * @param leadingWhitespace the whitespace written before the name
 */
public record Attribute(String name, int start, int valueStart, int valueEnd, char quote, String leadingWhitespace) {
    /** Offset just past the closing quote. */
    public int end() {
        return valueEnd + 1;
    }

    /** Whether the attribute starts on its own line. */
    public boolean onOwnLine() {
        return leadingWhitespace.indexOf('\n') >= 0;
    }
}

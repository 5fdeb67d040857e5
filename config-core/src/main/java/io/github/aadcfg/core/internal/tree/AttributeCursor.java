package io.github.aadcfg.core.internal.tree;

/**
 * Steps through the attributes of a start tag in text the parser accepted as well-formed (so only quotes
 * need tracking): after each {@link #next()}, where the name and the value (between the quotes) sit.
 * Allocates nothing, so that reading attributes from the source stays cheaper than keeping them as objects.
 */
public final class AttributeCursor {
    private final String text;
    private final int tagNameEnd;
    private int at;
    private int gapStart;
    private int nameStart;
    private int nameEnd;
    private int valueStart;
    private int valueEnd;
    private int closeStart = -1;

    /** A cursor before the first attribute of the start tag beginning at {@code tagStart} (its {@code <}). */
    public AttributeCursor(String text, int tagStart) {
        this.text = text;
        int i = tagStart + 1;
        while (!isSpace(text.charAt(i)) && text.charAt(i) != '/' && text.charAt(i) != '>') {
            i++;
        }
        this.tagNameEnd = i;
        this.at = i;
    }

    /** Moves to the next attribute; false when the tag has no more (then {@link #closeStart()} is known). */
    public boolean next() {
        int i = at;
        while (isSpace(text.charAt(i))) {
            i++;
        }
        char c = text.charAt(i);
        if (c == '/' || c == '>') {
            closeStart = i;
            return false;
        }
        gapStart = at;
        nameStart = i;
        while (text.charAt(i) != '=' && !isSpace(text.charAt(i))) {
            i++;
        }
        nameEnd = i;
        while (text.charAt(i) != '"' && text.charAt(i) != '\'') {
            i++;
        }
        valueStart = i + 1;
        valueEnd = text.indexOf(text.charAt(i), valueStart);
        at = valueEnd + 1;
        return true;
    }

    /** Offset just past the element's name. */
    public int tagNameEnd() {
        return tagNameEnd;
    }

    /** Offset where the whitespace before the current attribute starts. */
    public int gapStart() {
        return gapStart;
    }

    /** Offset of the current attribute's name. */
    public int nameStart() {
        return nameStart;
    }

    /** Whether the current attribute's name, as written, is {@code name}. */
    public boolean nameIs(String name) {
        return nameEnd - nameStart == name.length() && text.startsWith(name, nameStart);
    }

    /** The current attribute's name, as written. */
    public String name() {
        return text.substring(nameStart, nameEnd);
    }

    /** Offset just past the current attribute's opening quote. */
    public int valueStart() {
        return valueStart;
    }

    /** Offset of the current attribute's closing quote. */
    public int valueEnd() {
        return valueEnd;
    }

    /** The current attribute's quote character. */
    public char quote() {
        return text.charAt(valueEnd);
    }

    /** The current attribute's value as written, between the quotes. */
    public String rawValue() {
        return text.substring(valueStart, valueEnd);
    }

    /**
     * Whether the value as written is the attribute's value: it holds no reference ({@code &}) and no tab
     * or line break (which XML normalizes to spaces), so the parser reports exactly these characters.
     */
    public boolean valueIsLiteral() {
        for (int i = valueStart; i < valueEnd; i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Offset of the {@code /} of {@code />} or of the {@code >} closing the tag, once {@link #next()} was false. */
    public int closeStart() {
        return closeStart;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}

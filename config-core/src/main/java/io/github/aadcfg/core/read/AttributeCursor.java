package io.github.aadcfg.core.read;

/**
 * Steps through the attributes of a start tag in text the parser accepted as well-formed: after each
 * {@link #next()}, the name and the value (between the quotes) as offsets into the text. Allocates
 * nothing, so that reading attributes from the source stays cheaper than keeping them as objects.
 */
final class AttributeCursor {
    private final String text;
    private int at;
    private int nameStart;
    private int nameEnd;
    private int valueStart;
    private int valueEnd;

    /** A cursor before the first attribute of the start tag beginning at {@code tagStart} (its {@code <}). */
    AttributeCursor(String text, int tagStart) {
        this.text = text;
        int i = tagStart + 1;
        while (!isSpace(text.charAt(i)) && text.charAt(i) != '/' && text.charAt(i) != '>') {
            i++;
        }
        this.at = i;
    }

    /** Moves to the next attribute; false when the tag has no more. */
    boolean next() {
        int i = at;
        while (isSpace(text.charAt(i))) {
            i++;
        }
        char c = text.charAt(i);
        if (c == '/' || c == '>') {
            return false;
        }
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

    /** Whether the current attribute's name, as written, is {@code name}. */
    boolean nameIs(String name) {
        return nameEnd - nameStart == name.length() && text.startsWith(name, nameStart);
    }

    /** The current attribute's name, as written. */
    String name() {
        return text.substring(nameStart, nameEnd);
    }

    /** The current attribute's value as written, between the quotes. */
    String rawValue() {
        return text.substring(valueStart, valueEnd);
    }

    /**
     * Whether the value as written is the attribute's value: it holds no reference ({@code &}) and no tab
     * or line break (which XML normalizes to spaces), so the parser reports exactly these characters.
     */
    boolean valueIsLiteral() {
        for (int i = valueStart; i < valueEnd; i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}

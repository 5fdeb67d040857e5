package io.github.aadcfg.core.read;

/** Finds the end of a tag in well-formed source text, skipping {@code >} inside quoted attribute values. */
final class TagScanner {
    private TagScanner() {
    }

    /** Offset just past the {@code >} closing the tag that starts at {@code start}. */
    static int endOfTag(String text, int start) {
        char quote = 0;
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        throw new IllegalStateException("unterminated tag at offset " + start);
    }
}

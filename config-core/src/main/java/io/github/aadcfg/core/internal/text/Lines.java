package io.github.aadcfg.core.internal.text;

/** Small questions about lines in source text: where they start, how they are indented. */
public final class Lines {
    private Lines() {
    }

    /** Offset of the first character of the line holding {@code offset}. */
    public static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /**
     * Whether only spaces and tabs precede {@code offset} on its line. Looks back only over those, so that
     * asking for every element of a file written on one line stays linear.
     */
    public static boolean startsLine(String text, int offset) {
        int i = offset;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r';
    }

    /**
     * Offset just past the line break ending the line that holds {@code offset}, when only spaces and
     * tabs lie between {@code offset} and that break; -1 otherwise (also at the end of the text).
     */
    public static int endsLine(String text, int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r') {
            return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            return i + 1;
        }
        return -1;
    }

    /** The leading spaces and tabs of the line holding {@code offset}. */
    public static String indentOfLine(String text, int offset) {
        int start = lineStart(text, offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** Whether {@code text[from, to)} holds only whitespace. */
    public static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }
}

package io.github.aadcfg.cli.report;

import java.util.Locale;

/**
 * Text from outside (a file name, an error message that quotes one) made safe to print on one line of human
 * output: control characters (C0, DEL, C1) and the Unicode line and paragraph separators become visible
 * escapes ({@code \n}, {@code \r}, {@code \t}, {@code \x1B}, {@code \u2028}), so that a newline or an escape
 * sequence in a name can neither start a forged line nor restyle the terminal. JSON output needs none of
 * this: the JSON writer escapes them.
 */
final class Printable {
    private Printable() {
    }

    /** {@code text} (or {@code String.valueOf(value)}) with every control character escaped. */
    static String of(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\u2028', '\u2029' -> String.format(Locale.ROOT, "\\u%04X", (int) c);
            default -> c < 0x20 || (c >= 0x7F && c <= 0x9F) ? String.format(Locale.ROOT, "\\x%02X", (int) c) : null;
        };
    }
}

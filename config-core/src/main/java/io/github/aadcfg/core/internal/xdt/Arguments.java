package io.github.aadcfg.core.internal.xdt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code Name} and {@code Name(arguments)} as written in {@code xdt:Transform} and {@code xdt:Locator}. */
record Arguments(String name, String raw) {
    private static final Pattern CALL = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*)\\s*(?:\\((.*)\\))?\\s*", Pattern.DOTALL);

    /** Parses a value, or returns null when it is not of the form {@code Name} or {@code Name(...)}. */
    static Arguments parse(String value) {
        Matcher m = CALL.matcher(value);
        return m.matches() ? new Arguments(m.group(1), m.group(2)) : null;
    }

    /** Whether parentheses were written. */
    boolean hasArguments() {
        return raw != null && !raw.isBlank();
    }

    /** The arguments split at top-level commas (not inside parentheses, brackets or quotes), trimmed. */
    List<String> split() {
        List<String> parts = new ArrayList<>();
        if (!hasArguments()) {
            return parts;
        }
        int depth = 0;
        char quote = 0;
        StringBuilder current = new StringBuilder();
        for (char c : raw.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString().strip());
        return parts;
    }
}

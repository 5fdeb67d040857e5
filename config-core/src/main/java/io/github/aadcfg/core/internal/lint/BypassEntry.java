package io.github.aadcfg.core.internal.lint;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What is wrong with a proxy bypass entry, as the runtime uses it: a regular expression searched for anywhere in
 * {@code scheme://host[:port]}. An entry that is not a regular expression bypasses nothing; one with an
 * unescaped {@code .} or without a {@code $} at its end bypasses far more than the host it names
 * ({@code contoso.com} also matches {@code contoso.com.example.net}).
 */
final class BypassEntry {
    /** A problem: its lint code and the message, which gives the intended form. */
    record Problem(String code, String message) {
    }

    private BypassEntry() {
    }

    static Optional<Problem> problem(String entry) {
        String intended = intended(entry);
        try {
            Pattern.compile(entry);
        } catch (PatternSyntaxException e) {
            return Optional.of(new Problem("bypass-not-a-regex", "bypass entry '" + entry + "' is not a regular "
                    + "expression (" + e.getDescription() + "), so it bypasses nothing; write it as '" + intended
                    + "'"));
        }
        if (!intended.equals(entry)) {
            return Optional.of(new Problem("bypass-too-broad", "bypass entry '" + entry + "' matches far more "
                    + "than the host it names (it is a regular expression searched anywhere in the URL); write it "
                    + "as '" + intended + "'"));
        }
        return Optional.empty();
    }

    /** The entry with a leading wildcard as {@code .*}, literal dots escaped and the end anchored. */
    static String intended(String entry) {
        StringBuilder intended = new StringBuilder();
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            boolean quantified = i + 1 < entry.length() && "*+?{".indexOf(entry.charAt(i + 1)) >= 0;
            if (c == '\\' && i + 1 < entry.length()) {
                intended.append(c).append(entry.charAt(++i));
            } else if (c == '*' && i == 0) { // a leading wildcard; elsewhere * quantifies what precedes it
                intended.append(".*");
            } else if (c == '.' && !quantified) {
                intended.append("\\.");
            } else {
                intended.append(c);
            }
        }
        return intended.toString().endsWith("$") ? intended.toString() : intended + "$";
    }
}

package io.github.aadcfg.core.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what may be a secret in a value before it is printed: user info and a URL's query or fragment.
 * Conservative on purpose: in a value holding an {@code @}, everything before its last {@code @} (after any
 * leading blanks and {@code scheme://}) becomes {@code ***}, whatever it holds ({@code /}, {@code :},
 * {@code @}, blanks, percent-escapes), with or without a scheme (in messages and diffs, an {@code @} that
 * starts an XPath attribute step such as {@code [@key} is no user info); in a value holding {@code ://}, a {@code ?}
 * or {@code #} and everything after it become {@code ?***} or {@code #***}. So
 * {@code http://user:pa/ss@proxy:8080} prints as {@code http://***@proxy:8080}, {@code user:pass@proxy:8080}
 * as {@code ***@proxy:8080}, and an e-mail address {@code admin@contoso.com} as {@code ***@contoso.com}.
 * Used everywhere a value is printed: reports, diffs, lint findings, error messages. The bytes written are
 * never masked.
 */
public final class SecretMask {
    /** Leading blanks and a URL scheme, kept in front of the mask. */
    private static final Pattern PREFIX = Pattern.compile("^\\s*(?:[A-Za-z][A-Za-z0-9+.-]*://)?");
    /** A quoted value on one line, or an unquoted run holding an {@code @} or {@code ://}. */
    private static final Pattern VALUE = Pattern.compile(
            "\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s\"'<>=]*(?:@|://)[^\\s\"'<>]*");

    private SecretMask() {
    }

    /** The value with any user info, query and fragment masked; {@code null} stays {@code null}. */
    public static String value(String value) {
        return value == null ? null : mask(value, value.lastIndexOf('@'));
    }

    /**
     * The last {@code @} in a run of text that may end user info: not one that starts an XPath attribute
     * step ({@code [@key}, {@code /@key}, {@code (@}, {@code |@}, {@code ,@}, {@code =@}, or at the start) nor one
     * after another {@code @} (a diff's {@code @@} hunk header),
     * unless the run is a URL ({@code ://}), where a password may end in {@code /}.
     */
    private static int userInfoEnd(String run) {
        boolean url = run.contains("://");
        for (int at = run.lastIndexOf('@'); at >= 0; at = run.lastIndexOf('@', at - 1)) {
            char before = at == 0 ? '[' : run.charAt(at - 1);
            if ("[(|,=@".indexOf(before) < 0 && (before != '/' || url)) {
                return at;
            }
        }
        return -1;
    }

    private static String mask(String value, int at) {
        String masked = value;
        if (at >= 0) {
            Matcher prefix = PREFIX.matcher(masked);
            int keep = prefix.lookingAt() && prefix.end() <= at ? prefix.end() : 0;
            masked = masked.substring(0, keep) + "***" + masked.substring(at);
        }
        int scheme = masked.indexOf("://");
        if (scheme >= 0) {
            for (int i = scheme + 3; i < masked.length(); i++) {
                char c = masked.charAt(i);
                if (c == '?' || c == '#') {
                    masked = masked.substring(0, i + 1) + "***";
                    break;
                }
            }
        }
        return masked;
    }

    /**
     * The text with every value in it masked as by {@link #value}: each quoted run ({@code "..."} or
     * {@code '...'} on one line) and each unquoted word holding an {@code @} or {@code ://}. For diffs,
     * messages and findings, which quote the values they show.
     */
    public static String text(String text) {
        if (text == null || (text.indexOf('@') < 0 && !text.contains("://"))) {
            return text;
        }
        Matcher values = VALUE.matcher(text);
        StringBuilder masked = new StringBuilder(text.length());
        while (values.find()) {
            String found = values.group();
            boolean quoted = found.charAt(0) == '"' || found.charAt(0) == '\'';
            String replacement = quoted && found.length() >= 2
                    ? found.charAt(0) + run(found.substring(1, found.length() - 1)) + found.charAt(0)
                    : run(found);
            values.appendReplacement(masked, Matcher.quoteReplacement(replacement));
        }
        values.appendTail(masked);
        return masked.toString();
    }

    private static String run(String run) {
        return mask(run, userInfoEnd(run));
    }
}

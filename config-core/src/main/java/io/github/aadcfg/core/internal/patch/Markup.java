package io.github.aadcfg.core.internal.patch;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.github.aadcfg.core.internal.text.XmlChars;

/** Escaping of new attribute values and text so they are well-formed and encodable in the file's charset. */
public final class Markup {
    /** Charsets known to represent every ASCII character, so that ASCII text needs no encoder to check it. */
    private static final Set<Charset> REPRESENT_ASCII = Set.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE, StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1,
            Charset.forName("windows-1252"));

    private Markup() {
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Replaces every character of {@code markup} that {@code charset} cannot represent with a character
     * reference. Meant for text and attribute values; a name cannot be written that way.
     */
    public static String encodable(String markup, Charset charset) {
        if (REPRESENT_ASCII.contains(charset) && isAscii(markup)) {
            return markup;
        }
        CharsetEncoder encoder = charset.newEncoder();
        if (encoder.canEncode(markup)) {
            return markup;
        }
        StringBuilder out = new StringBuilder(markup.length() + 16);
        markup.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            if (encoder.canEncode(ch)) {
                out.append(ch);
            } else {
                out.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
            }
        });
        return out.toString();
    }

    /**
     * Escapes an attribute value for writing between {@code quote}s: markup characters, the quote itself,
     * line breaks and tabs become references, as does any character the charset cannot represent.
     *
     * @throws io.github.aadcfg.core.AadcfgException for a character XML 1.0 does not allow ({@link XmlChars})
     */
    public static String attributeValue(String value, char quote, Charset charset) {
        XmlChars.require("attribute value", value);
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append(quote == '"' ? "&quot;" : "\"");
                case '\'' -> out.append(quote == '\'' ? "&apos;" : "'");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> out.append(c);
            }
        }
        return encodable(out.toString(), charset);
    }
}

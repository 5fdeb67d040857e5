package io.github.aadcfg.core.internal.text;

import java.util.Locale;

import io.github.aadcfg.core.internal.patch.Markup;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * The characters a value to write may hold: those of XML 1.0's {@code Char} production less the
 * non-characters. So no C0 control character but tab, line feed and carriage return (which attribute values
 * get as the references {@code &#9;}, {@code &#10;}, {@code &#13;}, see {@link Markup#attributeValue}, so
 * that parsers keep them), no lone surrogate, and no non-character (U+FDD0 to U+FDEF, U+FFFE, U+FFFF and
 * their counterparts in every plane).
 */
public final class XmlChars {
    private XmlChars() {
    }

    /**
     * Checks a value before it is written.
     *
     * @param field what the value is, e.g. {@code appSettings.value}, named in the error
     * @throws AadcfgException ({@code invalid-value}) naming {@code field}, the code point and where
     */
    public static void require(String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!allowed(cp)) {
                throw new AadcfgException(Category.INVALID_VALUE, "invalid-value", null, field + ": holds the character "
                        + String.format(Locale.ROOT, "U+%04X", cp) + " at position " + (value.codePointCount(0, i) + 1)
                        + ", which an XML 1.0 file cannot hold; remove it");
            }
            i += Character.charCount(cp);
        }
    }

    /** Whether XML 1.0 allows {@code cp} and it is no non-character. */
    static boolean allowed(int cp) {
        if (cp < 0x20) {
            return cp == '\t' || cp == '\n' || cp == '\r';
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return false;
        }
        return !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE;
    }
}

package io.github.aadcfg.core.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Turns a config file's bytes into {@link SourceText}: detects the byte-order mark and the declared
 * encoding, refuses empty, binary and wrongly encoded input, and decodes strictly.
 *
 * <p>Supported: UTF-8 with and without BOM, UTF-16LE/BE with BOM, and single-byte or other
 * ASCII-compatible charsets named in the XML declaration (e.g. windows-1252).
 */
public final class SourceDecoder {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("\\A<\\?xml\\s[^>]*?encoding\\s*=\\s*([\"'])([A-Za-z][A-Za-z0-9._:-]*)\\1");

    /** Charsets in which each byte below 0x80 is the ASCII character with that code, and nothing else is. */
    private static final Set<Charset> ASCII_SUPERSETS = Set.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII,
            StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"));

    private SourceDecoder() {
    }

    /**
     * Decodes a whole file.
     *
     * @param file  the file the bytes came from, for messages
     * @param bytes the file's bytes
     * @throws AadcfgException when the bytes cannot be a config file
     */
    public static SourceText decode(Path file, byte[] bytes) {
        if (isBlank(bytes)) {
            throw new AadcfgException(Category.BAD_DATA, "empty", file, 1, 1,
                    "the file is empty; expected an XML document with root <configuration>. "
                            + "Restore it from a backup before editing", null);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})
                || startsWith(bytes, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})) {
            throw unsupported(file, "UTF-32");
        }
        if (startsWith(bytes, UTF8_BOM)) {
            return requireAgreement(file, decodeBody(file, bytes, UTF8_BOM, StandardCharsets.UTF_8));
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return requireAgreement(file, decodeBody(file, bytes, UTF16LE_BOM, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return requireAgreement(file, decodeBody(file, bytes, UTF16BE_BOM, StandardCharsets.UTF_16BE));
        }
        if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)
                && (bytes[0] == '<' || bytes[1] == '<')) {
            throw new AadcfgException(Category.BAD_DATA, "utf16-without-bom", file, 1, 1,
                    "the file looks like UTF-16 without a byte-order mark, which .NET cannot read either; "
                            + "save it as UTF-8 or as UTF-16 with a BOM", null);
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new AadcfgException(Category.BAD_DATA, "binary", file, lineOfByte(bytes, nul), 0,
                    "the file holds a NUL byte at offset " + nul + ": it is binary, not an XML config file", null);
        }
        Charset charset = declaredCharset(file, bytes);
        return decodeBody(file, bytes, new byte[0], charset);
    }

    /**
     * Refuses a file whose byte-order mark is followed by a second one, or whose declaration names another
     * encoding than its byte-order mark (a fatal error in XML 1.0, section 4.3.3). .NET decodes the rest of
     * such a file with the declared encoding, so aadcfg would read, and write, other characters than the
     * agent does.
     */
    private static SourceText requireAgreement(Path file, SourceText source) {
        String text = source.text();
        if (text.startsWith("\uFEFF")) {
            throw new AadcfgException(Category.BAD_DATA, "double-bom", file, 1, 1, "the file starts with two byte-order marks; "
                    + "remove the second one (an editor may have added it)", null);
        }
        Matcher m = DECLARED_ENCODING.matcher(text.substring(0, Math.min(text.length(), 512)));
        if (!m.find()) {
            return source;
        }
        String declared = m.group(2);
        boolean agrees = source.charset().equals(StandardCharsets.UTF_8)
                ? declared.equalsIgnoreCase("UTF-8") || declared.equalsIgnoreCase("UTF8")
                : isUtf16Name(declared);
        if (!agrees) {
            throw new AadcfgException(Category.BAD_DATA, "bom-mismatch", file, 1, 1, "the byte-order mark says "
                    + (source.charset().equals(StandardCharsets.UTF_8) ? "UTF-8" : "UTF-16") + " but the declaration "
                    + "says " + declared + ", so .NET would read the file differently; make the declaration match "
                    + "or re-save the file without the byte-order mark", null);
        }
        return source;
    }

    private static boolean isUtf16Name(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("UTF-16") || upper.startsWith("UTF16") || upper.equals("UNICODE")
                || upper.equals("UCS-2") || upper.equals("ISO-10646-UCS-2");
    }

    private static Charset declaredCharset(Path file, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(2);
        if (isUtf16Name(name)) {
            throw new AadcfgException(Category.BAD_DATA, "utf16-without-bom", file, 1, 1,
                    "the declaration says " + name + " but the file has no UTF-16 byte-order mark and is "
                            + "not UTF-16; .NET refuses such a file too. Fix the encoding declaration", null);
        }
        try {
            Charset charset = Charset.forName(name);
            if (!isAsciiCompatible(charset)) {
                throw unsupported(file, name);
            }
            return charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw unsupported(file, name);
        }
    }

    private static boolean isAsciiCompatible(Charset charset) {
        byte[] probe = "<?xml version=\"1.0\"?>".getBytes(StandardCharsets.US_ASCII);
        return charset.canEncode()
                && Arrays.equals(probe, "<?xml version=\"1.0\"?>".getBytes(charset));
    }

    static AadcfgException unsupported(Path file, String name) {
        return new AadcfgException(Category.BAD_DATA, "unsupported-encoding", file, 1, 1,
                "unsupported encoding " + name + "; supported are UTF-8, UTF-16 with a byte-order mark "
                        + "and ASCII-compatible encodings such as windows-1252", null);
    }

    private static SourceText decodeBody(Path file, byte[] bytes, byte[] bom, Charset charset) {
        if (ASCII_SUPERSETS.contains(charset) && Ascii.isAscii(bytes, bom.length, bytes.length)) {
            // Every byte is an ASCII character in these charsets: the text is the bytes, exactly.
            return new SourceText(file, bom, charset, new String(bytes, bom.length, bytes.length - bom.length,
                    StandardCharsets.ISO_8859_1), true);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bom.length, bytes.length - bom.length);
        String text;
        try {
            CharBuffer chars = decoder.decode(in);
            text = chars.toString();
        } catch (MalformedInputException e) {
            int offset = in.position();
            throw invalidBytes(file, bytes, charset, offset);
        } catch (CharacterCodingException e) {
            throw invalidBytes(file, bytes, charset, in.position());
        }
        SourceText source = new SourceText(file, bom, charset, text, false);
        if (!Arrays.equals(source.encode(text), bytes)) {
            throw new AadcfgException(Category.BAD_DATA, "encoding-roundtrip", file, 0, 0,
                    "the file's bytes do not survive decoding and encoding as " + charset.name()
                            + " unchanged, so aadcfg cannot promise to keep them; re-save the file in UTF-8", null);
        }
        return source;
    }

    static AadcfgException invalidBytes(Path file, byte[] bytes, Charset charset, int offset) {
        return new AadcfgException(Category.BAD_DATA, "invalid-encoding", file, lineOfByte(bytes, offset), 0,
                "bytes near offset " + offset + " are not valid " + charset.name()
                        + "; fix the encoding declaration or re-save the file in the declared encoding", null);
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean isBlank(byte[] bytes) {
        int start = startsWith(bytes, UTF8_BOM) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}

package io.github.aadcfg.core.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.Arrays;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * A file's bytes decoded to text, with what is needed to encode edited text back the same way: the
 * byte-order mark (kept as raw bytes) and the charset. Decoding is strict and checked to round-trip,
 * so {@code encode(text())} returns the original bytes exactly.
 */
public final class SourceText {
    private final Path file;
    private final byte[] bom;
    private final Charset charset;
    private final String text;
    /** Whether the bytes this text was decoded from are all ASCII: then a character offset is a byte offset. */
    private final boolean ascii;
    private int[] lineStarts;

    SourceText(Path file, byte[] bom, Charset charset, String text, boolean ascii) {
        this.file = file;
        this.bom = bom;
        this.charset = charset;
        this.text = text;
        this.ascii = ascii;
    }

    /** The file this text came from (used in messages); may be a display name. */
    public Path file() {
        return file;
    }

    /** The decoded text, without the byte-order mark. */
    public String text() {
        return text;
    }

    /** Whether the bytes this text was decoded from are all ASCII (false for edited text). */
    public boolean isAscii() {
        return ascii;
    }

    /** The charset the file is written in. */
    public Charset charset() {
        return charset;
    }

    /** Whether the file starts with a byte-order mark. */
    public boolean hasBom() {
        return bom.length > 0;
    }

    /** The same file with different text, encoded the same way. */
    public SourceText withText(String newText) {
        return new SourceText(file, bom, charset, newText, false);
    }

    /**
     * Encodes an edited version of this text, given the bytes this text was decoded from and how much of
     * the text the edit left alone at either end. The same bytes as {@link #encode(String)}; when the file
     * is plain ASCII only the changed middle is encoded and the rest is copied from {@code originalBytes}.
     *
     * @param unchangedPrefix characters at the start that {@code newText} shares with this text
     * @param unchangedSuffix characters at the end that {@code newText} shares with this text
     * @throws AadcfgException if the text holds a character the file's charset cannot represent
     */
    public byte[] encodeEdited(byte[] originalBytes, String newText, int unchangedPrefix, int unchangedSuffix) {
        if (!ascii) {
            return encode(newText);
        }
        int shorter = Math.min(text.length(), newText.length());
        int prefix = Math.min(unchangedPrefix, shorter);
        int suffix = Math.min(unchangedSuffix, shorter - prefix);
        byte[] middle = encode(newText.substring(prefix, newText.length() - suffix));
        int head = bom.length + prefix;
        byte[] out = Arrays.copyOf(originalBytes, head + middle.length - bom.length + suffix);
        System.arraycopy(middle, bom.length, out, head, middle.length - bom.length);
        System.arraycopy(originalBytes, originalBytes.length - suffix, out, head + middle.length - bom.length,
                suffix);
        return out;
    }

    /**
     * Encodes {@code newText} the way the original was encoded (same BOM, same charset).
     *
     * @throws AadcfgException if the text holds a character the file's charset cannot represent
     */
    public byte[] encode(String newText) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer body = encoder.encode(CharBuffer.wrap(newText));
            byte[] out = Arrays.copyOf(bom, bom.length + body.remaining());
            body.get(out, bom.length, body.remaining());
            return out;
        } catch (CharacterCodingException e) {
            throw new AadcfgException(Category.INVALID_VALUE, "unencodable", file,
                    "the new content holds a character that " + charset.name()
                            + " cannot represent; use a character reference (&#xNNNN;) instead");
        }
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int[] starts = lineStarts();
        int index = Arrays.binarySearch(starts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** 1-based column of a character offset. */
    public int columnOf(int offset) {
        return offset - lineStarts()[lineOf(offset) - 1] + 1;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            int[] starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }
}

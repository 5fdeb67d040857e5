package io.github.aadcfg.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.github.aadcfg.core.internal.diff.UnifiedDiff;
import io.github.aadcfg.core.internal.io.Hashes;
import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.report.SecretMask;

/**
 * The outcome of planning edits on a file's bytes, in memory: the bytes to write (if any change), the
 * findings on the original and a unified diff for preview. A plan is a value; committing it is
 * {@link ConfigEditor#commit(Plan)}, which checks the file still holds {@link #originalBytes()}. It holds
 * the two versions as bytes only (the diff decodes them when asked for), so that a plan on a large file
 * costs twice its size, not four times.
 */
public final class Plan {
    private final Path file;
    private final byte[] original;
    private final byte[] edited;
    private final List<Finding> findings;
    private final List<Finding> warnings;
    private final List<String> edits;

    Plan(Path file, byte[] original, byte[] edited, List<Finding> findings, List<Finding> warnings, List<String> edits) {
        this.file = file;
        this.original = original;
        this.edited = edited;
        this.findings = List.copyOf(findings);
        this.warnings = List.copyOf(warnings);
        this.edits = List.copyOf(edits);
    }

    /** The file planned on. */
    public Path file() {
        return file;
    }

    /** Whether committing would change the file. */
    public boolean changed() {
        return !Arrays.equals(original, edited);
    }

    /** The file's bytes when planned. */
    public byte[] originalBytes() {
        return original.clone();
    }

    /** The bytes the file would have after the edits; equal to the original when nothing changes. */
    public byte[] editedBytes() {
        return edited.clone();
    }

    /** SHA-256 of the original bytes, hex. */
    public String originalSha256() {
        return Hashes.sha256(original);
    }

    /** Lint findings on the original file. */
    public List<Finding> findings() {
        return findings;
    }

    /** Warnings raised while planning, e.g. a transform that matched nothing; they did not stop the edit. */
    public List<Finding> warnings() {
        return warnings;
    }

    /** Descriptions of the edits planned, in order. */
    public List<String> edits() {
        return edits;
    }

    /** The change as a unified diff for preview, secrets masked ({@link SecretMask#text}); empty when nothing changes. */
    public String unifiedDiff() {
        if (!changed()) {
            return "";
        }
        return SecretMask.text(UnifiedDiff.of(file.getFileName() == null ? file.toString()
                : file.getFileName().toString(), text(original), text(edited)));
    }

    /** The bytes read as the file would be; a broken file a restore replaces is shown as UTF-8 as far as it goes. */
    private String text(byte[] bytes) {
        try {
            return SourceDecoder.decode(file, bytes).text();
        } catch (AadcfgException undecodable) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    byte[] originalBytesShared() {
        return original;
    }

    byte[] editedBytesShared() {
        return edited;
    }
}

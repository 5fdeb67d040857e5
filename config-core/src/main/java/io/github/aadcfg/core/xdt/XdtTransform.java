package io.github.aadcfg.core.xdt;

import java.nio.file.Path;
import java.util.Objects;

import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.internal.io.FileReading;
import io.github.aadcfg.core.internal.xdt.ParsedTransform;

/**
 * An XML-Document-Transform file ({@code Web.Release.config} style) applied as one edit, with the
 * semantics of Microsoft's engine: transforms run in document order; {@code Replace}, {@code Remove},
 * {@code CommentOut} and the inserts act on the first located element, {@code RemoveAll},
 * {@code SetAttributes} and {@code RemoveAttributes} on all; a transform that locates nothing is a
 * warning, except the inserts, whose parent (or XPath argument) must exist. The transform file is fully
 * validated when read, before any document is touched. Its XPaths read only the document, each evaluation
 * within a cost budget.
 */
public final class XdtTransform implements ConfigEdit {
    private final Path file;
    private final byte[] bytes;

    private XdtTransform(Path file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    /**
     * Reads and validates a transform file.
     *
     * @throws io.github.aadcfg.core.report.AadcfgException {@code BAD_DATA} for a malformed or invalid
     *                                                      transform, naming its line and column
     */
    public static XdtTransform read(Path file) {
        return parse(file, FileReading.readAll(file));
    }

    /**
     * Parses and validates a transform file's bytes; {@code file} names it in messages.
     *
     * @throws io.github.aadcfg.core.report.AadcfgException {@code BAD_DATA} for a malformed or invalid
     *                                                      transform, naming its line and column
     */
    public static XdtTransform parse(Path file, byte[] bytes) {
        ParsedTransform.parse(file, bytes);
        return new XdtTransform(Objects.requireNonNull(file, "file"), bytes.clone());
    }

    /** The transform file, as given. */
    public Path file() {
        return file;
    }

    /** The transform file's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String description() {
        return "transform " + file;
    }
}

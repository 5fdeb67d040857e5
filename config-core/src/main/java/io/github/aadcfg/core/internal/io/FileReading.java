package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Reads a config file whole, after checking it is a regular file (never opening a FIFO or device), and
 * maps every failure to a typed error that says what to do.
 */
public final class FileReading {
    /** Largest file accepted; config files are kilobytes. */
    public static final long MAX_SIZE = 256L * 1024 * 1024;
    /**
     * Heap needed per byte of the file: planning holds its bytes, its text, the edited text, and the copy
     * made while building that or the edited bytes; the tree is bounded separately, per node, when parsing.
     */
    static final int HEAP_PER_BYTE = 4;

    private FileReading() {
    }

    /**
     * Reads all bytes of {@code file} (following symbolic links), under its lock in this JVM
     * ({@link ProcessLocks}): it waits while another thread edits the file.
     */
    public static byte[] readAll(Path file) {
        Path real = regularFile(file);
        try (ProcessLocks.Held held = ProcessLocks.forReading(real)) {
            return Files.readAllBytes(real);
        } catch (AccessDeniedException e) {
            throw unreadable(file, e);
        } catch (IOException e) {
            throw new AadcfgException(Category.IO, "read-failed", file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Resolves {@code file} to its real path and checks it is a readable regular file of acceptable size.
     *
     * @throws AadcfgException when it is missing, a dangling link, a directory or not a regular file
     */
    public static Path regularFile(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new AadcfgException(Category.INPUT_UNAVAILABLE, "not-found", file, Files.isSymbolicLink(file)
                    ? "the file is a symbolic link to a target that does not exist; fix the link or the path"
                    : "no such file; check the path", e);
        } catch (AccessDeniedException e) {
            throw unreadable(file, e);
        } catch (FileSystemException e) {
            if ("Not a directory".equals(e.getReason())) {
                throw new AadcfgException(Category.INPUT_UNAVAILABLE, "not-found", file,
                        "no such file: a part of the path is a file, not a directory; check the path", e);
            }
            if (e.getReason() != null && e.getReason().startsWith("Too many levels of symbolic links")) {
                throw new AadcfgException(Category.INPUT_UNAVAILABLE, "symlink-loop", file,
                        "the path runs into a loop of symbolic links; fix the links or the path", e);
            }
            throw new AadcfgException(Category.IO, "read-failed", file, "cannot resolve the path: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AadcfgException(Category.IO, "read-failed", file, "cannot resolve the path: " + e.getMessage(), e);
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new AadcfgException(Category.IO, "read-failed", file, "cannot read the file's attributes: " + e.getMessage(), e);
        }
        if (attributes.isDirectory()) {
            throw new AadcfgException(Category.INPUT_UNAVAILABLE, "is-directory", file,
                    "this is a directory; give the path of a .config file");
        }
        if (!attributes.isRegularFile()) {
            throw new AadcfgException(Category.INPUT_UNAVAILABLE, "not-regular-file", file,
                    "this is not a regular file (a FIFO, device or socket); give the path of a .config file");
        }
        FilePermissions.requireReadable(file, real);
        long limit = Math.min(MAX_SIZE, Runtime.getRuntime().maxMemory() / HEAP_PER_BYTE);
        if (attributes.size() > limit) {
            throw new AadcfgException(Category.BAD_DATA, "too-large", file, 0, 0, "the file is " + attributes.size()
                    + " bytes; config files larger than " + limit + " bytes are refused" + (limit < MAX_SIZE
                            ? ", as editing needs about " + HEAP_PER_BYTE + " times the file's size in memory. Give "
                                    + "Java more memory (-Xmx) if the file really is that large" : ""), null);
        }
        return real;
    }

    /**
     * The real path of {@code file}, or, when it does not exist, the path it would have (its directory's
     * real path plus its name): where its backups are found even after it was deleted.
     */
    public static Path realPathOrIntended(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException missing) {
            Path absolute = file.toAbsolutePath();
            try {
                return absolute.getParent().toRealPath().resolve(absolute.getFileName().toString());
            } catch (IOException e) {
                return absolute.normalize();
            }
        }
    }

    /**
     * {@code files} without repeats, in the order first given: paths that name the same file by its real path
     * (the path twice, a symbolic link and its target) count once, spelled as first given; a file that does not
     * exist counts by the path it would have, so that it is still reported missing, once.
     */
    public static List<Path> distinct(List<Path> files) {
        Set<Path> seen = new HashSet<>();
        return files.stream().filter(file -> seen.add(realPathOrIntended(file))).toList();
    }

    static AadcfgException unreadable(Path file, IOException cause) {
        return new AadcfgException(Category.INPUT_UNAVAILABLE, "unreadable", file,
                "permission denied reading the file; run as a user who can read it", cause);
    }
}

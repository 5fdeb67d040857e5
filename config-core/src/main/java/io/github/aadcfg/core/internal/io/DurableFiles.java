package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/** Durable file writing: write and fsync a new file, fsync a directory, name and sweep temporary files. */
final class DurableFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What marks a temporary file of aadcfg's: {@code .<target>.aadcfg-<16 hex digits>.tmp}. */
    static final String TEMP_MARK = ".aadcfg-";

    private DurableFiles() {
    }

    /** A fresh temporary name beside {@code target}: {@code .<name>.aadcfg-<random>.tmp}. */
    static Path tempFor(Path directory, String targetName) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return directory.resolve("." + targetName + TEMP_MARK + HexFormat.of().formatHex(random) + ".tmp");
    }

    /**
     * Creates {@code path} (which must not exist) with {@link FilePermissions#creationAttributes}, runs
     * {@code beforeWrite} on it while it is still empty (to give it its access: see {@link FilePermissions}),
     * then writes {@code bytes} and forces it to disk, so that one fsync makes the content and its access
     * durable, and no one the access does not allow ever could open it holding the content.
     *
     * @param file for messages: the config file this write serves
     */
    static void writeNew(Path path, byte[] bytes, FilePermissions permissions, Path file, BeforeWrite beforeWrite) {
        try (FileChannel channel = FileChannel.open(path, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), permissions.creationAttributes())) {
            beforeWrite.apply(path);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            throw cannotWrite(path, file, e);
        }
    }

    /** A step on a new, still empty file before its content is written. */
    @FunctionalInterface
    interface BeforeWrite {
        void apply(Path path) throws IOException;
    }

    /**
     * Forces a directory's entries to disk where the file system allows it: not on Windows, where a directory
     * cannot be opened for that (NTFS journals its metadata).
     */
    static void syncDirectory(Path directory, Path file) {
        if (WindowsFileSystem.holds(directory)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            throw new AadcfgException(Category.IO, "sync-failed", file, "cannot sync directory " + directory + " to disk: "
                    + e.getMessage(), e);
        }
    }

    /** Deletes {@code path} if it exists, ignoring failures (used only on paths of our own making). */
    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: the sweep of the next run removes it
        }
    }

    static AadcfgException cannotWrite(Path path, Path file, IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        String hint = reason.toLowerCase(Locale.ROOT).contains("no space") ? "free some disk space"
                : reason.toLowerCase(Locale.ROOT).contains("denied") || reason.contains("AccessDenied")
                        ? "the directory is not writable for this user" : "check the directory";
        return new AadcfgException(Category.CANNOT_WRITE, "cannot-write", file, "cannot write " + path + " (" + reason + "); "
                + hint + ". The file is unchanged", e);
    }
}

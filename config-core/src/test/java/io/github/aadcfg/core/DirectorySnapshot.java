package io.github.aadcfg.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.github.aadcfg.core.internal.io.Hashes;

/** Every entry of a directory tree with its type, permissions and content hash, for before/after comparison. */
public final class DirectorySnapshot {
    private DirectorySnapshot() {
    }

    /** The entries under {@code directory} by relative path: type, mode and content hash. */
    public static Map<String, String> of(Path directory) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.forEach(p -> entries.put(directory.relativize(p).toString(), describe(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String describe(Path path) {
        try {
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
            if (Files.isSymbolicLink(path)) {
                return "link " + Files.readSymbolicLink(path);
            }
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = mode.startsWith("---") ? new byte[0] : Files.readAllBytes(path);
                return "file " + mode + " " + Hashes.sha256(bytes);
            }
            return (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "dir " : "other ") + mode;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

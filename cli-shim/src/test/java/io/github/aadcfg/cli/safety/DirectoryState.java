package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.github.aadcfg.core.internal.io.Hashes;

/**
 * Everything under a directory, by relative path: type, mode and, for regular files, size and SHA-256.
 * Symbolic links are described, never followed; FIFOs, sockets and devices are never opened.
 */
final class DirectoryState {
    private DirectoryState() {
    }

    /** Describes every entry under {@code directory}, the directory itself included (as {@code ""}). */
    static Map<String, String> of(Path directory) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> all = Files.walk(directory)) {
            all.forEach(path -> entries.put(directory.relativize(path).toString(), describe(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String describe(Path path) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            String mode = PosixFilePermissions.toString(attributes.permissions());
            if (attributes.isSymbolicLink()) {
                return "link -> " + Files.readSymbolicLink(path);
            }
            if (attributes.isDirectory()) {
                return "directory " + mode;
            }
            if (!attributes.isRegularFile()) {
                return "special " + mode;
            }
            return "file " + mode + " " + attributes.size() + " bytes " + sha256(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return Hashes.sha256(Files.readAllBytes(file));
        } catch (IOException unreadable) {
            return "(unreadable by this user)";
        }
    }
}

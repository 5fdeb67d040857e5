package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SortedMap;

/**
 * A file's extended attributes by name: on Linux all of them, POSIX ACLs ({@code system.posix_acl_access}) and
 * SELinux labels ({@code security.selinux}) included; elsewhere the user-defined ones Java can see.
 */
public interface ExtendedAttributes {
    /** All attributes of {@code path} this view can see, by name; empty when its file system has none. */
    SortedMap<String, byte[]> read(Path path) throws IOException;

    /** Sets attribute {@code name} of {@code path} to {@code value}. */
    void set(Path path, String name, byte[] value) throws IOException;

    /** Removes attribute {@code name} from {@code path}. */
    void remove(Path path, String name) throws IOException;

    /**
     * This platform's view: libc's on Linux, which sees every namespace (Java's own view sees only the
     * {@code user.} one there, and no ACL); Java's user-defined attribute view elsewhere (NTFS alternate data
     * streams on Windows, the user attributes of macOS and BSD).
     *
     * @throws UnsupportedOperationException on Linux when libc cannot be called (then ACLs cannot even be seen)
     */
    static ExtendedAttributes forPlatform() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                ? LinuxExtendedAttributes.load() : new UserDefinedAttributes();
    }

    /**
     * The view for {@code path}: {@link #forPlatform()} for a path of the default file system; for a path of
     * another file system provider (a test's fault-injecting one), that provider's user-defined attribute view,
     * as libc, called with path strings, would bypass the provider.
     */
    static ExtendedAttributes forPath(Path path) {
        return path.getFileSystem() == FileSystems.getDefault() ? forPlatform() : new UserDefinedAttributes();
    }
}

package io.github.aadcfg.core.internal.io;

import java.nio.file.Path;

/**
 * Whether a path lives on a file system with Windows's rules, told by the file system itself (its name separator
 * is a backslash), not by the operating system aadcfg runs on: Windows's own, and a test's in-memory one in
 * Windows's configuration. There, a directory cannot be opened to be synced, a file open in this process cannot
 * be renamed over, and another process holding the file open makes a rename over it fail until it lets go.
 */
final class WindowsFileSystem {
    private WindowsFileSystem() {
    }

    /** Whether {@code path}'s file system follows Windows's rules. */
    static boolean holds(Path path) {
        return "\\".equals(path.getFileSystem().getSeparator());
    }
}

package io.github.aadcfg.cli.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a config's trace file ({@code textWriterListener}'s {@code initializeData}) is on this machine, and its
 * size. .NET takes a relative path from the config file's directory; a Windows path (a drive letter, a UNC share)
 * names nothing on another system, where it is not found.
 */
final class TraceFileOnDisk {
    /** {@code C:\...}, {@code C:/...} or {@code \\server\share\...}. */
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^(?:[A-Za-z]:[\\\\/]|\\\\\\\\).*");

    private TraceFileOnDisk() {
    }

    /**
     * The size in bytes of the trace file {@code logFile} that the config file {@code config} declares, or
     * {@code null} when there is no such regular file here (or {@code logFile} is {@code null}).
     */
    static Long size(Path config, String logFile) {
        if (logFile == null || WINDOWS_ABSOLUTE.matcher(logFile).matches() && !"\\".equals(File.separator)) {
            return null;
        }
        try {
            Path path = config.toAbsolutePath().getParent().resolve(logFile);
            return Files.isRegularFile(path) ? Files.size(path) : null;
        } catch (InvalidPathException | IOException unusable) {
            return null;
        }
    }
}

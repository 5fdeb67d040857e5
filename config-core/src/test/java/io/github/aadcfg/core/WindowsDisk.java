package io.github.aadcfg.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/**
 * An in-memory file system with Windows's rules (Jimfs in its Windows configuration): drive letters and UNC
 * shares as roots, backslashes (forward slashes accepted), names matched without regard to case, no POSIX
 * attributes; with the attribute views of NTFS (ACL, DOS flags, owner, alternate data streams) or none at all.
 */
public final class WindowsDisk {
    /** Where the agent's config is on a server. */
    public static final String AGENT_CONFIG =
            "C:\\Program Files\\Microsoft Azure AD Connect Provisioning Agent\\AADConnectProvisioningAgent.exe.config";

    private WindowsDisk() {
    }

    /** A disk with NTFS's attribute views and the roots {@code C:\}, {@code \\server\share\} and {@code \\servers\hare\}. */
    public static FileSystem ntfs() {
        return Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setRoots("C:\\", "\\\\server\\share\\", "\\\\servers\\hare\\")
                .setAttributeViews("basic", "dos", "owner", "acl", "user").build());
    }

    /** A disk with no attribute view but the basic one (as FAT has no ACL), and the root {@code C:\}. */
    public static FileSystem bare() {
        return Jimfs.newFileSystem(Configuration.windows());
    }

    /** The repository's sample agent config copied to {@code path} (its directories created). */
    public static Path agentConfigAt(FileSystem disk, String path) {
        try {
            Path file = disk.getPath(path);
            Files.createDirectories(file.getParent());
            return Files.write(file, Testdata.read(Testdata.AGENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

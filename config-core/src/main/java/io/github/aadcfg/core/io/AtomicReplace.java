package io.github.aadcfg.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a locked file's content atomically: the new bytes go to a temporary file in the same
 * directory, which is fsynced, given the original's owner and permissions, and renamed over the
 * original after a last check that the original did not change; then the directory is synced. On any
 * failure the temporary file is removed and the original is untouched.
 */
public final class AtomicReplace {
    private AtomicReplace() {
    }

    /** Replaces the content of {@code locked}'s real path with {@code bytes}. */
    public static void replace(LockedFile locked, byte[] bytes) {
        Path real = locked.realPath();
        Path directory = real.getParent();
        Path temp = DurableFiles.tempFor(directory, real.getFileName().toString());
        FilePermissions permissions = FilePermissions.of(real);
        try {
            DurableFiles.writeNew(temp, bytes, permissions, locked.file());
            permissions.applyTo(temp, real, locked.file());
            locked.requireUnchanged();
            Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw DurableFiles.cannotWrite(real, locked.file(), e);
        } finally {
            DurableFiles.deleteQuietly(temp);
        }
        DurableFiles.syncDirectory(directory, locked.file());
    }
}

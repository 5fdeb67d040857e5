package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Replaces a locked file's content atomically: the new bytes go to a temporary file in the same
 * directory, which is given the original's access before they are written (mode, owner, group, ACL and
 * extended attributes: see {@link FilePermissions}), fsynced, and renamed over the
 * original after a last check that the original did not change; then the directory is synced. On any
 * failure the temporary file is removed and the original is untouched; when the directory cannot be
 * synced after the rename, the original bytes are put back.
 *
 * <p>On Windows a rename over a file that another process holds open (the agent, an editor, an antivirus or
 * backup scan) fails while it is held, with an access-denied or sharing-violation error: the rename is tried
 * {@link #RENAME_ATTEMPTS} times, waiting twice as long each time from {@link #FIRST_BACKOFF_MILLIS}, then the
 * edit fails with code {@code file-in-use} (exit 75), the original untouched. The lock is let go before a rename
 * there, so a file another program wrote meanwhile is not replaced ({@code changed-underneath}).
 */
public final class AtomicReplace {
    /** Times a rename over a file held open is tried on Windows. */
    static final int RENAME_ATTEMPTS = 5;
    /** The wait before the second try; each later one waits twice as long (50, 100, 200, 400 ms). */
    static final long FIRST_BACKOFF_MILLIS = 50;

    private AtomicReplace() {
    }

    /**
     * Refuses, before anything is written, a file that replacing would change other than in content: one whose
     * access cannot be read (so it could not be carried over), or one with several names (hard links), which
     * replacing splits, unless {@code splitHardLinks}.
     *
     * @throws io.github.aadcfg.core.AadcfgException with code {@code hard-linked} or {@code cannot-keep-access}
     */
    public static void requireReplaceable(LockedFile locked, boolean splitHardLinks) {
        locked.permissions().requireSingleName(locked.file(), splitHardLinks);
    }

    /**
     * Replaces the content of {@code locked}'s real path with {@code bytes}, running {@code beforeRename} after
     * the temporary file is durable and before the last check and the rename (e.g. to make the backup's name
     * durable); when it throws, nothing is replaced.
     */
    public static void replace(LockedFile locked, byte[] bytes, Runnable beforeRename) {
        Path real = locked.realPath();
        Path directory = real.getParent();
        Path temp = DurableFiles.tempFor(directory, real.getFileName().toString());
        FilePermissions permissions = locked.permissions();
        boolean moved = false;
        try {
            writeWithPermissions(temp, bytes, permissions, locked.file());
            beforeRename.run();
            locked.requireUnchanged();
            locked.allowReplace();
            renameOver(temp, locked);
            moved = true;
        } catch (IOException e) {
            throw DurableFiles.cannotWrite(real, locked.file(), e);
        } finally {
            if (!moved) {
                DurableFiles.deleteQuietly(temp);
            }
        }
        try {
            DurableFiles.syncDirectory(directory, locked.file());
        } catch (AadcfgException notDurable) {
            if (notDurable.category() != Category.IO) {
                throw notDurable;
            }
            boolean restored = putBack(locked, permissions);
            throw new AadcfgException(Category.IO, "sync-failed", locked.file(), notDurable.reason() + "; the change could not be "
                    + "made durable, so " + (restored ? "the original content was put back"
                            : "it may not survive a crash (the backup was kept)"), notDurable);
        }
    }

    /**
     * Renames {@code temp} over the locked file; on Windows, retries while another process holds it open. The lock
     * is let go before the rename there, so before each retry the file is checked to still hold the bytes read
     * under it.
     *
     * @throws AadcfgException {@code file-in-use} when it is still held after the last try, {@code
     *                         changed-underneath} when it changed meanwhile
     */
    private static void renameOver(Path temp, LockedFile locked) throws IOException {
        Path real = locked.realPath();
        long backoff = FIRST_BACKOFF_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (FileSystemException e) {
                if (!WindowsFileSystem.holds(real) || !heldOpen(e)) {
                    throw e;
                }
                if (attempt == RENAME_ATTEMPTS || !slept(backoff)) {
                    throw inUse(locked.file(), attempt, e);
                }
                if (locked.pathDiffersFrom(locked.bytes())) {
                    throw LockedFile.changedUnderneath(locked.file());
                }
                backoff *= 2;
            }
        }
    }

    /**
     * Whether a failed rename on Windows says the target is held open: Java reports ERROR_ACCESS_DENIED as an
     * {@link AccessDeniedException} and ERROR_SHARING_VIOLATION as a plain {@link FileSystemException} (its other
     * subclasses, a missing file or directory, say something else).
     */
    private static boolean heldOpen(FileSystemException e) {
        return e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    }

    /** Sleeps; {@code false} when interrupted (the flag is set again): then the waiting stops. */
    private static boolean slept(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static AadcfgException inUse(Path file, int attempts, FileSystemException e) {
        return new AadcfgException(Category.CONFLICT, "file-in-use", file, "another program holds the file open, so "
                + "Windows does not let it be replaced (" + (e.getReason() != null ? e.getReason()
                        : e.getClass().getSimpleName()) + "; tried " + attempts + " times); nothing was changed. "
                + "Close the program holding it (an editor, a viewer, a scan) and run the edit again", e);
    }

    /**
     * After the rename could not be made durable, puts the original bytes back the same way, so the
     * failure leaves the original in place. Best effort: when even that fails, the new content stays
     * (the caller keeps the backup).
     */
    private static boolean putBack(LockedFile locked, FilePermissions permissions) {
        Path real = locked.realPath();
        Path temp = DurableFiles.tempFor(real.getParent(), real.getFileName().toString());
        try {
            writeWithPermissions(temp, locked.bytes(), permissions, locked.file());
            Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            DurableFiles.deleteQuietly(temp);
        }
    }

    /**
     * Writes the temporary file with the original's access (see {@link FilePermissions}), given before the
     * content is written.
     */
    private static void writeWithPermissions(Path temp, byte[] bytes, FilePermissions permissions, Path file) {
        DurableFiles.writeNew(temp, bytes, permissions, file, p -> permissions.applyTo(p, file));
    }
}

package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * A config file held under an exclusive lock from the moment it is read until it has been replaced.
 * The lock is taken on the file itself, so no lock file is ever created or left behind; after locking,
 * the path is checked to still name the locked file (another run may have replaced it meanwhile), and
 * the lock is retried on the new file. The operating system's lock belongs to the process and is dropped
 * when any descriptor of the file in the process is closed, so the file's lock in this JVM
 * ({@link ProcessLocks}) is taken first: no other thread opens the file while it is held.
 */
public final class LockedFile implements AutoCloseable {
    private static final long POLL_MILLIS = 50;
    /** Times in a row a file replaced under us is locked again at once, before waiting like for a lock. */
    private static final int MAX_IMMEDIATE_RETRIES = 3;

    private final Path file;
    private final Path real;
    private final FileChannel channel;
    private final FileLock lock;
    private final ProcessLocks.Held held;
    private final byte[] bytes;
    private FilePermissions permissions;

    private LockedFile(Path file, Path real, FileChannel channel, FileLock lock, ProcessLocks.Held held,
            byte[] bytes) {
        this.file = file;
        this.real = real;
        this.channel = channel;
        this.lock = lock;
        this.held = held;
        this.bytes = bytes;
    }

    /**
     * Locks and reads {@code file}, waiting up to {@code wait} for another run's lock.
     *
     * @throws AadcfgException when the lock is still held after {@code wait}
     */
    public static LockedFile acquire(Path file, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        int replaced = 0;
        while (true) {
            Path real = FileReading.regularFile(file);
            FilePermissions.requireWritable(file, real);
            ProcessLocks.Held held = ProcessLocks.forEditing(real, deadline);
            if (held == null) {
                throw locked(file);
            }
            LockedFile locked = null;
            try {
                locked = lockAndRead(file, real, held);
                if (locked != null) {
                    return locked;
                }
                if (!stillCurrent(real, held.identity()) && ++replaced <= MAX_IMMEDIATE_RETRIES) {
                    continue; // replaced while we waited: lock the new file
                }
            } finally {
                if (locked == null) {
                    held.close();
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw locked(file);
            }
            sleep();
        }
    }

    /**
     * Opens, locks and reads the file, holding its lock in this JVM: the file is {@code null} when another
     * process holds its lock or the path no longer names the file whose lock is held.
     */
    private static LockedFile lockAndRead(Path file, Path real, ProcessLocks.Held held) {
        FileChannel channel = open(file, real);
        boolean keep = false;
        try {
            FileLock lock = tryLock(file, channel);
            if (lock != null) {
                byte[] bytes = readAll(file, channel);
                if (stillCurrent(real, held.identity())) {
                    keep = true;
                    return new LockedFile(file, real, channel, lock, held, bytes);
                }
            }
            return null;
        } finally {
            if (!keep) {
                closeQuietly(channel);
            }
        }
    }

    static AadcfgException locked(Path file) {
        return new AadcfgException(Category.CONFLICT, "locked", file, "another aadcfg run is editing this file and holds its lock; "
                + "try again later, or let this run wait for the lock");
    }

    /** The path as given. */
    public Path file() {
        return file;
    }

    /** The real path (symbolic links resolved): the file that is edited. */
    public Path realPath() {
        return real;
    }

    /** The bytes read under the lock. */
    public byte[] bytes() {
        return bytes;
    }

    /** The locked file's mode, owner and group, read once after the lock was taken: for its backup and replacement. */
    FilePermissions permissions() {
        if (permissions == null) {
            permissions = FilePermissions.of(real);
        }
        return permissions;
    }

    /**
     * Checks, just before the file is replaced, that it still holds exactly the bytes read under the lock
     * and that its path still names the locked file.
     *
     * @throws AadcfgException when it changed (another program wrote or replaced it without locking)
     */
    public void requireUnchanged() {
        boolean unchanged;
        try {
            unchanged = FileContent.holds(channel, bytes) && stillCurrent(real, held.identity());
        } catch (IOException e) {
            throw new AadcfgException(Category.IO, "read-failed", file, "cannot read the file again: " + e.getMessage(), e);
        }
        if (!unchanged) {
            throw changedUnderneath(file);
        }
    }

    /** The error of a file another program wrote while it was being edited ({@code changed-underneath}, 75). */
    static AadcfgException changedUnderneath(Path file) {
        return new AadcfgException(Category.CONFLICT, "changed-underneath", file, "the file changed while it was being edited "
                + "(another program wrote it); nothing was written. Run the edit again");
    }

    /**
     * Whether the path provably holds something other than {@code bytes}: read through the locked channel while
     * the path still names the locked file (opening it again would drop the lock), otherwise the file now at
     * the path. {@code false} when it holds them, and when it cannot be read: then nothing is proven.
     */
    public boolean pathDiffersFrom(byte[] bytes) {
        try {
            if (channel.isOpen() && stillCurrent(real, held.identity())) {
                return !FileContent.holds(channel, bytes);
            }
            return !FileContent.holds(real, bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Lets the file be replaced. Windows cannot rename over a file that is open, so there the lock is
     * released just before the rename (after {@link #requireUnchanged}); elsewhere it is held throughout.
     */
    void allowReplace() {
        if (WindowsFileSystem.holds(real)) {
            close();
        }
    }

    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } catch (IOException | RuntimeException ignored) {
            // closing the channel releases the lock too
        }
        closeQuietly(channel);
        held.close();
    }

    private static FileChannel open(Path file, Path real) {
        try {
            return FileChannel.open(real, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new AadcfgException(Category.CANNOT_WRITE, "read-only", file, "permission denied opening the file for writing; "
                    + "run as a user who may write it", e);
        } catch (IOException e) {
            throw new AadcfgException(Category.IO, "open-failed", file, "cannot open the file: " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(Path file, FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // another process replaced the file just before it was opened; a thread here holds the new one
        } catch (IOException e) {
            throw new AadcfgException(Category.IO, "lock-failed", file, "cannot lock the file: " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(Path file, FileChannel channel) {
        try {
            long size = channel.size();
            if (size > FileReading.MAX_SIZE) {
                throw new AadcfgException(Category.BAD_DATA, "too-large", file, 0, 0, "the file grew beyond " + FileReading.MAX_SIZE
                        + " bytes while it was being opened; config files that large are refused", null);
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
                // read until full or end of file
            }
            return buffer.hasRemaining() ? Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
        } catch (IOException e) {
            throw new AadcfgException(Category.IO, "read-failed", file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Whether the path still names the file whose lock is held. */
    private static boolean stillCurrent(Path real, Object identity) {
        return identity.equals(ProcessLocks.identity(real));
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AadcfgException(Category.CONFLICT, "interrupted", null, "interrupted while waiting for a lock");
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through this channel
        }
    }
}

package io.github.aadcfg.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

import io.github.aadcfg.core.CannotWriteException;
import io.github.aadcfg.core.ConflictException;
import io.github.aadcfg.core.InvalidXmlException;
import io.github.aadcfg.core.StorageException;

/**
 * A config file held under an exclusive lock from the moment it is read until it has been replaced.
 * The lock is taken on the file itself, so no lock file is ever created or left behind; after locking,
 * the path is checked to still name the locked file (another run may have replaced it meanwhile), and
 * the lock is retried on the new file.
 */
public final class LockedFile implements AutoCloseable {
    private static final long POLL_MILLIS = 50;
    /** Times in a row a file replaced under us is locked again at once, before waiting like for a lock. */
    private static final int MAX_IMMEDIATE_RETRIES = 3;

    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");

    private final Path file;
    private final Path real;
    private final FileChannel channel;
    private final FileLock lock;
    private final Object fileKey;
    private final byte[] bytes;
    private FilePermissions permissions;

    private LockedFile(Path file, Path real, FileChannel channel, FileLock lock, Object fileKey, byte[] bytes) {
        this.file = file;
        this.real = real;
        this.channel = channel;
        this.lock = lock;
        this.fileKey = fileKey;
        this.bytes = bytes;
    }

    /**
     * Locks and reads {@code file}, waiting up to {@code wait} for another run's lock.
     *
     * @throws ConflictException when the lock is still held after {@code wait}
     */
    public static LockedFile acquire(Path file, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        int replaced = 0;
        while (true) {
            Path real = FileReading.regularFile(file);
            FilePermissions.requireWritable(file, real);
            Object keyBefore = fileKey(real);
            FileChannel channel = open(file, real);
            boolean keep = false;
            try {
                FileLock lock = tryLock(file, channel);
                if (lock != null) {
                    byte[] bytes = readAll(file, channel);
                    if (stillCurrent(real, keyBefore)) {
                        keep = true;
                        return new LockedFile(file, real, channel, lock, keyBefore, bytes);
                    }
                    if (++replaced <= MAX_IMMEDIATE_RETRIES) {
                        continue; // replaced while we waited: lock the new file
                    }
                }
            } finally {
                if (!keep) {
                    closeQuietly(channel);
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw new ConflictException("locked", file, "another aadcfg run is editing this file and holds its lock; "
                        + "try again later, or let this run wait for the lock");
            }
            sleep();
        }
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
     * @throws ConflictException when it changed (another program wrote or replaced it without locking)
     */
    public void requireUnchanged() {
        boolean unchanged;
        try {
            unchanged = FileContent.holds(channel, bytes) && (fileKey == null || fileKey.equals(fileKey(real)));
        } catch (IOException e) {
            throw new StorageException("read-failed", file, "cannot read the file again: " + e.getMessage(), e);
        }
        if (!unchanged) {
            throw new ConflictException("changed-underneath", file, "the file changed while it was being edited "
                    + "(another program wrote it); nothing was written. Run the edit again");
        }
    }

    /**
     * Lets the file be replaced. Windows cannot rename over a file that is open, so there the lock is
     * released just before the rename (after {@link #requireUnchanged}); elsewhere it is held throughout.
     */
    void allowReplace() {
        if (WINDOWS) {
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
    }

    private static FileChannel open(Path file, Path real) {
        try {
            return FileChannel.open(real, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new CannotWriteException("read-only", file, "permission denied opening the file for writing; "
                    + "run as a user who may write it", e);
        } catch (IOException e) {
            throw new StorageException("open-failed", file, "cannot open the file: " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(Path file, FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another thread of this process
        } catch (IOException e) {
            throw new StorageException("lock-failed", file, "cannot lock the file: " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(Path file, FileChannel channel) {
        try {
            long size = channel.size();
            if (size > FileReading.MAX_SIZE) {
                throw new InvalidXmlException("too-large", file, 0, 0, "the file grew beyond " + FileReading.MAX_SIZE
                        + " bytes while it was being opened; config files that large are refused", null);
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
                // read until full or end of file
            }
            return buffer.hasRemaining() ? Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
        } catch (IOException e) {
            throw new StorageException("read-failed", file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the path still names the file that was locked. Without file keys (Windows) it does: there
     * an open file cannot be renamed over.
     */
    private static boolean stillCurrent(Path real, Object keyBefore) {
        Object keyNow = fileKey(real);
        return keyBefore == null || keyNow == null || Objects.equals(keyBefore, keyNow);
    }

    private static Object fileKey(Path real) {
        try {
            return Files.readAttributes(real, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted", null, "interrupted while waiting for a lock");
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

package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * One lock per file for the whole JVM, taken before aadcfg opens a config file and released after it closed
 * it. Needed because the operating system's lock on a file belongs to the process: on Unix, closing any
 * descriptor of the file in this process drops it, whichever thread held it. So within one JVM (the threads
 * of one run, the modules of a parallel Maven build) a file is open by one opener at a time, and the others
 * wait here instead of opening it and dropping the holder's lock.
 *
 * <p>Files are told apart by their identity, {@link BasicFileAttributes#fileKey()} (device and inode on Unix:
 * hard links and symbolic links to one file share it), or the real path where there is none (Windows). An
 * entry exists only while the file is held or waited for, so the table does not grow over a batch.
 */
final class ProcessLocks {
    private static final long POLL_MILLIS = 50;
    private static final ConcurrentHashMap<Object, Entry> TABLE = new ConcurrentHashMap<>();

    private ProcessLocks() {
    }

    /**
     * Takes the lock of the file at {@code real} to read it, waiting as long as its holder needs (one read
     * or one write), and re-checks that the path still names the file it took the lock of.
     *
     * @throws IllegalStateException when this thread already holds it: it must use its open channel
     */
    static Held forReading(Path real) {
        while (true) {
            Object identity = identity(real);
            Held held = take(identity, 0, false);
            if (Objects.equals(identity(real), identity)) {
                return held;
            }
            held.close(); // replaced meanwhile: take the new file's lock
        }
    }

    /**
     * Takes the lock of the file at {@code real} to edit it; waits until {@code deadline} (a {@link System#nanoTime}
     * value) while another editor holds it, and as long as a reader needs. Re-checks that the path still names
     * the file it took the lock of.
     *
     * @return the lock, or {@code null} when another editor still held it at the deadline
     * @throws IllegalStateException when this thread already holds it
     */
    static Held forEditing(Path real, long deadline) {
        while (true) {
            Object identity = identity(real);
            Held held = take(identity, deadline, true);
            if (held == null || Objects.equals(identity(real), identity)) {
                return held;
            }
            held.close();
        }
    }

    /** The file's identity: its file key, or its real path where the file system has none. */
    static Object identity(Path real) {
        try {
            Object key = Files.readAttributes(real, BasicFileAttributes.class).fileKey();
            return key != null ? key : real;
        } catch (IOException e) {
            return real; // gone or unreadable: opening it will say why
        }
    }

    /** Files held or waited for now (tests: the table must empty). */
    static int size() {
        return TABLE.size();
    }

    private static Held take(Object identity, long deadline, boolean editing) {
        Entry entry = TABLE.compute(identity, (key, existing) -> {
            Entry used = existing != null ? existing : new Entry();
            used.users++;
            return used;
        });
        boolean taken = false;
        try {
            if (entry.lock.isHeldByCurrentThread()) {
                throw new IllegalStateException("this thread already has the file open; use its open channel");
            }
            taken = waitFor(entry, deadline, editing);
            if (!taken) {
                return null;
            }
            entry.editing = editing;
            return new Held(identity, entry);
        } finally {
            if (!taken) {
                leave(identity);
            }
        }
    }

    /**
     * Waits for the entry's lock. A reader waits as long as it takes; an editor until the deadline while another
     * editor holds it, and as long as a reader needs.
     */
    private static boolean waitFor(Entry entry, long deadline, boolean editing) {
        try {
            while (!entry.lock.tryLock(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (editing && entry.editing && System.nanoTime() - deadline > 0) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AadcfgException(Category.CONFLICT, "interrupted", null, "interrupted while waiting for a lock");
        }
    }

    private static void leave(Object identity) {
        TABLE.computeIfPresent(identity, (key, entry) -> --entry.users == 0 ? null : entry);
    }

    /** A file's lock in the table, with the number of threads holding or waiting for it. */
    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        /** Guarded by the table's lock on the key (changed only inside {@code compute}). */
        int users;
        /** Whether the holder is an editor: only an editor's hold counts against a waiter's deadline. */
        volatile boolean editing;
    }

    /** A file's lock, held until closed; close it only after closing every channel of the file opened under it. */
    static final class Held implements AutoCloseable {
        private final Object identity;
        private final Entry entry;
        private boolean open = true;

        private Held(Object identity, Entry entry) {
            this.identity = identity;
            this.entry = entry;
        }

        /** The identity of the file whose lock this is. */
        Object identity() {
            return identity;
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                entry.editing = false;
                entry.lock.unlock();
                leave(identity);
            }
        }
    }
}

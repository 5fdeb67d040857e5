package io.github.aadcfg.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A FIFO where a secret file would be: every open for reading is seen, whatever the file system does with
 * access times, and even by root (who reads any file whatever its mode). A watcher thread opens the write
 * end, which blocks until a reader opens the other end; it then records the reader, hands it the content
 * and stops (a second reader would wait forever for a writer: that too fails a test, by its time limit).
 * {@link #verified} shows, with {@code cat} reading a control probe, that a read is seen.
 */
public final class ReadProbe implements AutoCloseable {
    private final Path fifo;
    private final byte[] content;
    private final AtomicBoolean read = new AtomicBoolean();
    private final Thread watcher;
    private volatile boolean closing;

    private ReadProbe(Path fifo, String content) {
        this.fifo = fifo;
        this.content = content.getBytes(StandardCharsets.UTF_8);
        this.watcher = new Thread(this::watch, "read-probe-" + fifo.getFileName());
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Makes the FIFO {@code fifo} holding {@code content} for whoever reads it, and watches it. */
    public static ReadProbe at(Path fifo, String content) {
        run("mkfifo", fifo.toString());
        return new ReadProbe(fifo, content);
    }

    /**
     * Makes the probe {@code fifo} after a control probe beside it has seen {@code cat} read it: one reader,
     * given the content. Fails when the control saw no read, so that a probe that sees nothing never passes.
     */
    public static ReadProbe verified(Path fifo, String content) {
        try (ReadProbe control = at(fifo.resolveSibling("control-" + fifo.getFileName()), "control")) {
            String read = run("cat", control.fifo.toString());
            if (!read.equals("control") || !control.wasRead()) {
                throw new IllegalStateException("the control probe did not see cat read it (cat read '" + read + "')");
            }
        }
        return at(fifo, content);
    }

    /** Whether the FIFO was opened for reading. */
    public boolean wasRead() {
        return read.get();
    }

    private void watch() {
        try (OutputStream out = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
            if (!closing) {
                read.set(true);
                out.write(content);
            }
        } catch (IOException readerGone) {
            // it opened the FIFO: recorded above before the write could fail
        }
    }

    /**
     * Stops a watcher still waiting: opens the read end itself (on a thread of its own, in case the watcher
     * has just stopped), which the watcher, seeing {@code closing}, does not record.
     */
    @Override
    public void close() {
        try {
            watcher.join(200); // a reader that opened just now is recorded first
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closing = true;
        if (!watcher.isAlive()) {
            return;
        }
        Thread unblocking = new Thread(() -> {
            try (InputStream unblock = Files.newInputStream(fifo)) {
                unblock.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "read-probe-close");
        unblocking.setDaemon(true);
        unblocking.start();
        try {
            watcher.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: exit " + process.exitValue());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

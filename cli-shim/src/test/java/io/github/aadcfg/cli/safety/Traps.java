package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What hostile files point at, to show that nothing follows them: a secret file whose reading would show
 * in its access time and whose content must never be printed, and a local port where any connection is
 * counted.
 *
 * <p>The secret's access time is set far before its modification time; with {@code relatime} (Linux's
 * default) or {@code strictatime}, the next read then updates it. A control file set up the same way and
 * read by the test shows whether this file system records reads at all.
 */
final class Traps implements AutoCloseable {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

    private final Path secret;
    private final String secretContent;
    private final boolean readsVisible;
    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    private Traps(Path secret, String secretContent, boolean readsVisible, ServerSocket listener) {
        this.secret = secret;
        this.secretContent = secretContent;
        this.readsVisible = readsVisible;
        this.listener = listener;
    }

    /** Creates the secret (and the control) in {@code directory} and listens on a free local port. */
    static Traps set(Path directory) {
        try {
            String content = "aadcfg-secret-" + UUID.randomUUID();
            Path secret = untouched(Files.writeString(directory.resolve("secret.txt"), content, StandardCharsets.UTF_8));
            Path control = untouched(Files.writeString(directory.resolve("control.txt"), "control"));
            Files.readAllBytes(control);
            boolean readsVisible = !accessTime(control).equals(LONG_AGO);
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Traps traps = new Traps(secret, content, readsVisible, listener);
            Thread accepting = new Thread(traps::countConnections, "hostile-input-listener");
            accepting.setDaemon(true);
            accepting.start();
            return traps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path untouched(Path file) throws IOException {
        Files.getFileAttributeView(file, BasicFileAttributeView.class).setTimes(FileTime.from(Instant.now()), LONG_AGO,
                null);
        return file;
    }

    private static FileTime accessTime(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).lastAccessTime();
    }

    private void countConnections() {
        while (!listener.isClosed()) {
            try (Socket ignored = listener.accept()) {
                connections.incrementAndGet();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** The secret as a {@code file:} URL. */
    String secretUrl() {
        return secret.toUri().toString();
    }

    /** Text that must appear in no output. */
    String secretContent() {
        return secretContent;
    }

    /** The port that must never be connected to. */
    int port() {
        return listener.getLocalPort();
    }

    /** Connections accepted so far. */
    int connections() {
        return connections.get();
    }

    /** Whether this file system records reads in access times, so that {@link #secretWasRead()} means something. */
    boolean readsVisible() {
        return readsVisible;
    }

    /** Whether the secret's access time moved: someone read it. */
    boolean secretWasRead() {
        try {
            return !accessTime(secret).equals(LONG_AGO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}

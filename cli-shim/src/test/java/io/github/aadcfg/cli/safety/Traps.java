package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.aadcfg.core.ReadProbe;

/**
 * What hostile files point at, to show that nothing follows them: a secret "file" that sees any read (a
 * {@link ReadProbe}, checked by a control first) and whose content must never be printed, and a local port
 * where any connection is counted.
 */
final class Traps implements AutoCloseable {
    private final ReadProbe secret;
    private final Path secretPath;
    private final String secretContent;
    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    private Traps(ReadProbe secret, Path secretPath, String secretContent, ServerSocket listener) {
        this.secret = secret;
        this.secretPath = secretPath;
        this.secretContent = secretContent;
        this.listener = listener;
    }

    /** Creates the secret in {@code directory} and listens on a free local port. */
    static Traps set(Path directory) {
        try {
            String content = "aadcfg-secret-" + UUID.randomUUID();
            Path secretPath = directory.resolve("secret.txt");
            ReadProbe secret = ReadProbe.verified(secretPath, content);
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Traps traps = new Traps(secret, secretPath, content, listener);
            Thread accepting = new Thread(traps::countConnections, "hostile-input-listener");
            accepting.setDaemon(true);
            accepting.start();
            return traps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return secretPath.toUri().toString();
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

    /** Whether anyone opened the secret for reading. */
    boolean secretWasRead() {
        return secret.wasRead();
    }

    @Override
    public void close() throws IOException {
        try {
            secret.close();
        } finally {
            listener.close();
        }
    }
}

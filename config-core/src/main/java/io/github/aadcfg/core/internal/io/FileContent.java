package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Compares a file's content with bytes in memory, a chunk at a time: checking a large file never holds a
 * second copy of it.
 */
public final class FileContent {
    private static final int CHUNK = 64 * 1024;

    private FileContent() {
    }

    /**
     * Whether {@code file} holds exactly {@code bytes}. Opens it under its lock in this JVM ({@link ProcessLocks});
     * a thread holding that lock uses {@link LockedFile#pathDiffersFrom} instead.
     */
    public static boolean holds(Path file, byte[] bytes) throws IOException {
        try (ProcessLocks.Held held = ProcessLocks.forReading(file);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return holds(channel, bytes);
        }
    }

    /** Whether the file open as {@code channel} holds exactly {@code bytes} (read at absolute positions). */
    static boolean holds(FileChannel channel, byte[] bytes) throws IOException {
        if (channel.size() != bytes.length) {
            return false;
        }
        ByteBuffer buffer = ByteBuffer.allocate(Math.min(bytes.length, CHUNK));
        int position = 0;
        while (position < bytes.length) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read < 0 || !Arrays.equals(buffer.array(), 0, read, bytes, position, position + read)) {
                return false;
            }
            position += read;
        }
        return channel.read(ByteBuffer.allocate(1), position) < 0; // and nothing more: it did not grow meanwhile
    }
}

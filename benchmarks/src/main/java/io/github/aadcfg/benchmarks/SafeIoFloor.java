package io.github.aadcfg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code SafeIoFloor [--jobs N] LIST}: for every file in LIST, only what the safety promises cost, with no
 * XML: read the file, write a backup copy and fsync it, fsync the directory (the backup must be durable
 * before the original is replaced), write the new content (here: the same bytes) to a temporary file and
 * fsync it, rename it over the original atomically, fsync the directory.
 */
public final class SafeIoFloor {
    private SafeIoFloor() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = 1;
        int a = 0;
        if (args[0].equals("--jobs") || args[0].equals("-j")) {
            jobs = Integer.parseInt(args[1]);
            a = 2;
        }
        List<String> files = Files.readAllLines(Path.of(args[a])).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        AtomicLong count = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<?>> results = new java.util.ArrayList<>();
        for (String f : files) {
            results.add(pool.submit(() -> {
                once(Path.of(f));
                count.incrementAndGet();
            }));
        }
        for (Future<?> r : results) {
            r.get();
        }
        pool.shutdown();
        System.out.println(count.get() + " files");
    }

    static void once(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            byte[] bytes = Files.readAllBytes(file);
            Path backup = file.resolveSibling(file.getFileName() + "." + System.nanoTime() + ".bak");
            write(backup, bytes);
            sync(dir);
            Path temp = file.resolveSibling("." + file.getFileName() + ".floor.tmp");
            write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            sync(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void sync(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}

package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another process trying to lock a file, as a second aadcfg run would: the proof that a run's lock holds is
 * that a separate process cannot take it (threads of one JVM share the operating system's lock).
 */
final class LockProbe {
    private static final int LOCKED = 3;

    private LockProbe() {
    }

    /** Whether a separate JVM can lock {@code file} right now (it releases the lock at once). */
    static boolean canLock(Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LockProbe.class.getName(), file.toString()))
                .inheritIO().start();
        if (!probe.waitFor(60, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
            throw new AssertionError("the lock probe did not finish within 60 s");
        }
        int exit = probe.exitValue();
        if (exit != 0 && exit != LOCKED) {
            throw new AssertionError("the lock probe failed with exit code " + exit);
        }
        return exit == 0;
    }

    /** Exits 0 when it could lock the file named by the argument, 3 when another process holds its lock. */
    public static void main(String[] args) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            System.exit(lock != null ? 0 : LOCKED);
        }
    }
}

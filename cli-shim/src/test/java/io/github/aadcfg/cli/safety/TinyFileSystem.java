package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A file system of a few dozen kilobytes, mounted for one test and unmounted by {@link #close()}: a 64 KiB
 * tmpfs, or else a 2 MiB ext4 image on a loop device. Both need root; when neither can be mounted the test
 * is aborted (skipped) with both reasons.
 */
final class TinyFileSystem implements AutoCloseable {
    private static final String FILLER = "filler";

    private final Path root;
    private final String kind;
    private final Path image;

    private TinyFileSystem(Path root, String kind, Path image) {
        this.root = root;
        this.kind = kind;
        this.image = image;
    }

    /**
     * Mounts a tiny file system on the new directory {@code mountPoint}; {@code scratch} may hold the loop
     * device's image.
     */
    static TinyFileSystem mount(Path mountPoint, Path scratch) {
        try {
            Files.createDirectory(mountPoint);
            String tmpfs = run("mount", "-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs", mountPoint.toString());
            if (tmpfs.isEmpty()) {
                return new TinyFileSystem(mountPoint, "tmpfs of 64 KiB", null);
            }
            Path image = scratch.resolve("tiny.ext4");
            try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
                file.setLength(2 * 1024 * 1024);
            }
            String loop = run("mkfs.ext4", "-q", "-F", "-m", "0", "-b", "1024", image.toString());
            if (loop.isEmpty()) {
                loop = run("mount", "-o", "loop", image.toString(), mountPoint.toString());
            }
            if (loop.isEmpty()) {
                return new TinyFileSystem(mountPoint, "ext4 of 2 MiB on a loop device", image);
            }
            String reason = "cannot mount a small file system (needs root): tmpfs: " + tmpfs + "; loop device: " + loop;
            System.out.println("disk full: not run: " + reason);
            Assumptions.abort(reason);
            throw new AssertionError("not reached");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command; returns "" on success, else why it failed. */
    private static String run(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + " did not finish";
            }
            return process.exitValue() == 0 ? "" : String.join(" ", command) + " exited " + process.exitValue()
                    + (output.isEmpty() ? "" : ": " + output);
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The mount point. */
    Path root() {
        return root;
    }

    /** What was mounted. */
    String kind() {
        return kind;
    }

    /** The file system's allocation unit. */
    long blockSize() throws IOException {
        return Files.getFileStore(root).getBlockSize();
    }

    /** Bytes still free for writing. */
    long usable() throws IOException {
        return Files.getFileStore(root).getUsableSpace();
    }

    /**
     * Fills the file system with a file named {@value #FILLER} until a write fails for lack of space, then
     * gives back {@code blocks} blocks.
     */
    void fillLeaving(long blocks) throws IOException {
        Path filler = root.resolve(FILLER);
        Files.deleteIfExists(filler);
        long block = blockSize();
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer chunk = ByteBuffer.allocate((int) block);
            while (true) {
                chunk.clear();
                try {
                    channel.write(chunk);
                } catch (IOException full) {
                    break;
                }
            }
            long used = (channel.size() + block - 1) / block;
            channel.truncate(Math.max(0, used - blocks) * block);
            channel.force(true);
        }
    }

    /** Removes the filler. */
    void empty() throws IOException {
        Files.deleteIfExists(root.resolve(FILLER));
    }

    /** The names in the root, except the filler and ext4's {@code lost+found}. */
    List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        try (var entries = Files.list(root)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals(FILLER) && !n.equals("lost+found"))
                    .sorted().forEach(names::add);
        }
        return names;
    }

    /** Unmounts (lazily when busy) and deletes the image. */
    @Override
    public void close() throws IOException {
        String failed = run("umount", root.toString());
        if (!failed.isEmpty()) {
            failed = run("umount", "-l", root.toString());
        }
        if (image != null) {
            Files.deleteIfExists(image);
        }
        if (!failed.isEmpty()) {
            throw new IOException("cannot unmount " + root + ": " + failed);
        }
    }
}

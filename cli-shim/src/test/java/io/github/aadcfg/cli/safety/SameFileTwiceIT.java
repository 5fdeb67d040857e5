package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One file named several times in a batch (the path twice, a symbolic link and its target, a line of
 * {@code --files-from} twice): it is edited and reported once, and its lock holds against other processes
 * throughout, although the run's threads share the operating system's lock on it.
 */
class SameFileTwiceIT {
    private static final String PROXY = "http://proxy.contoso.com:8080";

    @TempDir
    Path dir;

    @Test
    void aFileNamedThroughPathsLinksAndTheListIsEditedAndReportedOnce() throws IOException {
        Path file = Fixtures.agent(dir);
        byte[] original = Fixtures.bytes(file);
        Path link = Files.createSymbolicLink(dir.resolve("link.config"), file);
        Path list = Files.writeString(dir.resolve("list.txt"), file + "\n" + file + "\n");

        Cli.Result result = Cli.run("proxy", "set", "--address", PROXY, "--json", "--jobs", "4", "--files-from",
                list.toString(), file.toString(), file.toString(), link.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<JsonObject> reports = result.json();
        assertThat(reports).as(result.toString()).hasSize(1);
        assertThat(reports.get(0).get("file").getAsString()).isEqualTo(file.toString());
        assertThat(reports.get(0).get("status").getAsString()).isEqualTo("changed");
        assertThat(Fixtures.bytes(file)).isEqualTo(Fixtures.pinned("proxy-set", Fixtures.AGENT));
        List<Path> backups = backups();
        assertThat(backups).hasSize(1);
        assertThat(Fixtures.bytes(backups.get(0))).isEqualTo(original);
    }

    /**
     * A large file (so that its edit takes a while) named twice in a run of two threads. Meanwhile this JVM,
     * another process, keeps trying the file's lock: from when the run's backup appears until its change
     * has landed it must never get it; and a second aadcfg run started while the first holds the lock waits
     * for it and edits after it.
     */
    @Test
    void anotherProcessCannotGetInWhileARunHasTheFileTwice() throws IOException, InterruptedException {
        Path file = SmallConfig.withSettings(dir, 150_000);
        long originalSize = Files.size(file);
        Cli.Running first = Cli.start(List.of(), "appsetting", "set", "--json", "--jobs", "2", "--wait", "60",
                "FIRST", "1", file.toString(), file.toString());
        Cli.Running second = null;
        int heldWhileWriting = 0;
        List<String> gotIn = new ArrayList<>();
        while (first.process().isAlive()) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                boolean writing = !backups().isEmpty();
                if (lock == null) {
                    heldWhileWriting += writing ? 1 : 0;
                    if (second == null) {
                        second = Cli.start(List.of(), "appsetting", "set", "--json", "--wait", "60", "SECOND", "2",
                                file.toString());
                    }
                } else if (writing && channel.size() == originalSize) {
                    gotIn.add("got the lock after the backup was made, before the change landed");
                }
            }
            Thread.sleep(2);
        }
        Cli.Result firstResult = first.finish();
        assertThat(second).as("the first run was seen holding the lock: %s", firstResult).isNotNull();
        Cli.Result secondResult = second.finish();

        assertThat(gotIn).as("another process, while the first run edited the file").isEmpty();
        assertThat(heldWhileWriting).as("times the lock was found held while the first run wrote").isPositive();
        assertThat(firstResult.json()).as(firstResult.toString()).hasSize(1);
        assertThat(firstResult.json().get(0).get("status").getAsString()).isEqualTo("changed");
        assertThat(secondResult.json().get(0).get("status").getAsString()).as(secondResult.toString())
                .isEqualTo("changed");
        assertThat(Files.readString(file)).contains("<add key=\"FIRST\" value=\"1\" />", "<add key=\"SECOND\" value=\"2\" />");
        assertThat(backups()).hasSize(2);
    }

    private List<Path> backups() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(entry -> entry.getFileName().toString().endsWith(".bak")).toList();
        }
    }
}

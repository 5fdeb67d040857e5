package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.Testdata;
import io.github.aadcfg.core.WindowsDisk;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.internal.io.Hashes;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On Windows, a rename over a file another process holds open fails (access denied, or a sharing violation)
 * until it lets go: the edit's rename is retried a few times with a growing wait, then refused as
 * {@code file-in-use} (exit 75) with the original and its directory as before. Run on a file system with
 * Windows's rules ({@link WindowsDisk}) whose renames fail as Windows's do while the file is "held"; on a POSIX
 * file system, where a rename over an open file always works, a failed rename is never retried.
 */
class HeldOpenRenameTest {
    private static final String SHARING_VIOLATION =
            "The process cannot access the file because it is being used by another process";
    private static final List<SetProxy> EDIT = List.of(new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080")));

    private final FileSystem disk = WindowsDisk.ntfs();
    /** Renames of the config file's temporary file over it, tried so far. */
    private final AtomicInteger renames = new AtomicInteger();

    @TempDir
    Path dir;

    @AfterEach
    void closeDisk() throws IOException {
        disk.close();
    }

    @Test
    void aFileLetGoAfterTwoTriesIsReplacedOnTheThird() throws IOException {
        FaultyFileSystem faulty = holding(new FaultyFileSystem(disk), 2, AccessDeniedException::new);
        Path file = WindowsDisk.agentConfigAt(disk, WindowsDisk.AGENT_CONFIG);
        long started = System.nanoTime();

        CommitResult result = ConfigEditor.builder().build().apply(faulty.wrap(file), EDIT);

        assertThat(result.status()).isEqualTo(Status.CHANGED);
        assertThat(renames).hasValue(3);
        assertThat((System.nanoTime() - started) / 1_000_000).as("waited 50 + 100 ms").isGreaterThanOrEqualTo(150);
        assertThat(Files.readString(file)).contains("http://proxy.contoso.com:8080");
    }

    @Test
    void aSharingViolationIsWaitedOutLikeAnAccessDenied() throws IOException {
        FaultyFileSystem faulty = holding(new FaultyFileSystem(disk), 1,
                path -> new FileSystemException(path, null, SHARING_VIOLATION));
        Path file = WindowsDisk.agentConfigAt(disk, WindowsDisk.AGENT_CONFIG);

        assertThat(ConfigEditor.builder().build().apply(faulty.wrap(file), EDIT).status()).isEqualTo(Status.CHANGED);
        assertThat(renames).hasValue(2);
    }

    @Test
    void aFileHeldThroughoutIsRefusedAsInUseAndLeftAsItWas() throws IOException {
        FaultyFileSystem faulty = holding(new FaultyFileSystem(disk), Integer.MAX_VALUE,
                path -> new FileSystemException(path, null, SHARING_VIOLATION));
        Path file = WindowsDisk.agentConfigAt(disk, WindowsDisk.AGENT_CONFIG);
        Map<String, String> before = contents(file.getParent());

        AadcfgException error = Failures.thrown(Category.CONFLICT,
                () -> ConfigEditor.builder().build().apply(faulty.wrap(file), EDIT));

        assertThat(error.code()).isEqualTo("file-in-use");
        assertThat(error.reason()).contains("another program holds the file open", SHARING_VIOLATION, "tried 5 times",
                "nothing was changed");
        assertThat(renames).hasValue(5);
        assertThat(contents(file.getParent())).as("no backup, no temporary file").isEqualTo(before);
    }

    @Test
    void aFileWrittenByAnotherProgramWhileHeldIsNotReplaced() throws IOException {
        Path file = WindowsDisk.agentConfigAt(disk, WindowsDisk.AGENT_CONFIG);
        FaultyFileSystem faulty = new FaultyFileSystem(disk);
        faulty.faults().observe((operation, path) -> {
            if (operation == Operation.MOVE && path.getFileName().toString().contains(".config.aadcfg-")
                    && renames.incrementAndGet() == 1) {
                Files.writeString(file, "<configuration/>"); // the holder writes it, then lets go
                throw new FileSystemException(file.toString(), null, SHARING_VIOLATION);
            }
        });

        AadcfgException error = Failures.thrown(Category.CONFLICT,
                () -> ConfigEditor.builder().build().apply(faulty.wrap(file), EDIT));

        assertThat(error.code()).isEqualTo("changed-underneath");
        assertThat(renames).as("not tried again").hasValue(1);
        assertThat(Files.readString(file)).isEqualTo("<configuration/>");
        assertThat(contents(file.getParent())).as("no backup, no temporary file").containsOnlyKeys(
                file.getFileName().toString());
    }

    @Test
    void onPosixAFailedRenameIsNotRetried() throws IOException {
        Path file = Files.copy(Testdata.AGENT, dir.resolve("agent.config"));
        FaultyFileSystem faulty = holding(new FaultyFileSystem(), Integer.MAX_VALUE, AccessDeniedException::new);
        Map<String, String> before = contents(dir);

        AadcfgException error = Failures.thrown(Category.CANNOT_WRITE,
                () -> ConfigEditor.builder().build().apply(faulty.wrap(file), EDIT));

        assertThat(error.code()).isEqualTo("cannot-write");
        assertThat(renames).hasValue(1);
        assertThat(contents(dir)).isEqualTo(before);
    }

    /**
     * {@code faulty}, its first {@code times} renames of a config file's temporary file over it failing with
     * {@code failure}, as while another process holds the file open on Windows.
     */
    private FaultyFileSystem holding(FaultyFileSystem faulty, int times, Function<String, FileSystemException> failure) {
        faulty.faults().observe((operation, path) -> {
            String name = path.getFileName().toString();
            if (operation == Operation.MOVE && name.contains(".config.aadcfg-")
                    && renames.incrementAndGet() <= times) {
                throw failure.apply(path.resolveSibling(name.substring(1, name.indexOf(".aadcfg-"))).toString());
            }
        });
        return faulty;
    }

    /** The entries of {@code directory} with their content hashes. */
    private static Map<String, String> contents(Path directory) throws IOException {
        try (var listing = Files.list(directory)) {
            return listing.collect(Collectors.toMap(p -> p.getFileName().toString(),
                    p -> Hashes.sha256(Testdata.read(p))));
        }
    }
}

package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.agent.SetAppSetting;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.internal.edit.EditSteps;
import io.github.aadcfg.core.internal.verify.EditSession;
import io.github.aadcfg.core.internal.verify.EditStep;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Threads of one JVM working on the same file: the operating system's lock belongs to the process, so a
 * thread that opened and closed the file while another held its lock would drop that lock. Here they wait
 * for each other ({@link ProcessLocks}), and a separate process stays locked out throughout.
 */
class SameFileInOneJvmTest {
    private static final String CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="TraceFilename" value="ProvAgentTrace.log" />
              </appSettings>
            </configuration>
            """;

    @TempDir
    Path dir;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void whileOneThreadEditsAFileOtherThreadsWaitAndAnotherProcessStaysLockedOut() throws Exception {
        Path file = Files.writeString(dir.resolve("app.config"), CONFIG);
        Path link = Files.createSymbolicLink(dir.resolve("link.config"), file);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        ConfigEdit first = pausing(new SetAppSetting("First", "1"), inside, proceed);
        ConfigEdit second = new SetAppSetting("Second", "2");

        Future<CommitResult> editing = threads.submit(() -> ConfigEditor.builder().build().apply(file, List.of(first)));
        assertThat(inside.await(30, TimeUnit.SECONDS)).as("the first thread holds the lock and edits").isTrue();
        assertThat(LockProbe.canLock(file)).as("another process, while the first thread holds the lock").isFalse();

        Future<CommitResult> impatient = threads.submit(
                () -> ConfigEditor.builder().build().apply(link, List.of(second)));
        Future<CommitResult> patient = threads.submit(
                () -> ConfigEditor.builder().lockWait(Duration.ofSeconds(60)).build().apply(link, List.of(second)));
        Future<Plan> reading = threads.submit(() -> ConfigEditor.builder().build().plan(file, List.of(second)));
        AadcfgException locked = Failures.thrown(Category.CONFLICT, () -> unwrap(impatient));
        assertThat(locked.code()).isEqualTo("locked");

        assertThat(LockProbe.canLock(file)).as("another process, after other threads tried the file").isFalse();
        assertThat(patient.isDone()).as("an editor waiting for the lock").isFalse();
        assertThat(reading.isDone()).as("a reader waiting for the edit to end").isFalse();

        proceed.countDown();
        assertThat(editing.get(30, TimeUnit.SECONDS).status()).isEqualTo(Status.CHANGED);
        assertThat(patient.get(30, TimeUnit.SECONDS).status()).isEqualTo(Status.CHANGED);
        assertThat(new String(reading.get(30, TimeUnit.SECONDS).originalBytes(), StandardCharsets.UTF_8))
                .as("the reader read the file after the edit").contains("key=\"First\" value=\"1\"");
        assertThat(Files.readString(file)).contains("key=\"First\" value=\"1\"", "key=\"Second\" value=\"2\"");
        assertThat(ConfigEditor.builder().build().backups(file)).hasSize(2);
        assertThat(ProcessLocks.size()).isZero();
    }

    @Test
    void theTableIsEmptyAfterABatchWhateverEachFileCameTo() throws Exception {
        ConfigEditor editor = ConfigEditor.builder().build();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Path file = Files.writeString(dir.resolve(i + ".config"), CONFIG);
            work.add(threads.submit(() -> editor.apply(file, List.of(new SetAppSetting("Key", "value")))));
            work.add(threads.submit(() -> editor.plan(file, List.of(new SetAppSetting("Key", "value")))));
        }
        for (Future<?> done : work) {
            done.get(60, TimeUnit.SECONDS);
        }
        Path missing = dir.resolve("missing.config");
        Failures.thrown(Category.INPUT_UNAVAILABLE, () -> editor.apply(missing, List.of()));
        assertThat(ProcessLocks.size()).as("files held or waited for after the batch").isZero();
        Path held = Files.writeString(dir.resolve("held.config"), CONFIG);
        try (LockedFile locked = LockedFile.acquire(held, Duration.ZERO)) {
            assertThat(ProcessLocks.size()).isEqualTo(1);
            Failures.thrown(Category.CONFLICT, () -> unwrap(threads.submit(() -> editor.apply(held, List.of()))));
        }
        assertThat(ProcessLocks.size()).isZero();
    }

    /** An edit that, the first time it is applied, signals {@code inside} and waits for {@code proceed}. */
    private static ConfigEdit pausing(ConfigEdit edit, CountDownLatch inside, CountDownLatch proceed) {
        return new PausingEdit(EditSteps.of(List.of(edit)).get(0), inside, proceed);
    }

    private record PausingEdit(EditStep step, CountDownLatch inside, CountDownLatch proceed)
            implements ConfigEdit, EditStep {
        @Override
        public void applyTo(EditSession session) {
            if (inside.getCount() > 0) {
                inside.countDown();
                try {
                    proceed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            step.applyTo(session);
        }

        @Override
        public String description() {
            return step.description();
        }
    }

    private static <T> T unwrap(Future<T> future) throws Exception {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }
}

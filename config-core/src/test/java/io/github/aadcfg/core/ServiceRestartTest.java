package io.github.aadcfg.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.ScriptedService.Start;
import io.github.aadcfg.core.ScriptedService.Stop;
import io.github.aadcfg.core.agent.ServiceState;
import io.github.aadcfg.core.agent.SetFipsPolicy;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Backup;
import io.github.aadcfg.core.report.BackupKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The service restarts when, and only when, a run changed a file, once for the whole run; when it does not run
 * afterwards, whatever step failed, every file the run changed is put back and the service restarted again. Each case
 * checks the files' bytes, their backups and the outcome reported.
 */
class ServiceRestartTest {
    private static final List<ConfigEdit> CHANGE = List.of(new SetFipsPolicy(false));
    private static final Duration POLL = Duration.ofMillis(5);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(ServiceRestart.DEFAULT_TIMEOUT_SECONDS);

    @TempDir
    Path dir;
    Path first;
    Path second;
    byte[] original;
    final ConfigEditor editor = ConfigEditor.builder().build();

    @BeforeEach
    void copyTheSample() throws IOException {
        first = Files.copy(Testdata.AGENT, dir.resolve("first.config"));
        second = Files.copy(Testdata.AGENT, dir.resolve("second.config"));
        original = Files.readAllBytes(first);
    }

    private static ServiceRestart restart(ScriptedService service, Duration timeout) {
        return new ServiceRestart(service, ScriptedService.NAME, timeout, POLL);
    }

    private static ServiceRestart restart(ScriptedService service) {
        return restart(service, DEFAULT_TIMEOUT);
    }

    /** Changes both files, and commits a third edit that changes nothing. */
    private List<CommitResult> changeBoth() {
        return List.of(editor.apply(first, CHANGE), editor.apply(second, CHANGE), editor.apply(second, CHANGE));
    }

    private byte[] changed() throws IOException {
        return editor.plan(first, original, CHANGE).editedBytes();
    }

    @Test
    void aRunThatChangedNothingLeavesTheServiceAlone() throws IOException {
        ScriptedService service = new ScriptedService(first);
        editor.apply(first, CHANGE);

        RestartOutcome outcome = restart(service).afterRun(editor, List.of(editor.apply(first, CHANGE)));

        assertThat(outcome).isEqualTo(new RestartOutcome(ScriptedService.NAME, false, List.of(), null));
        assertThat(outcome.needed()).isFalse();
        assertThat(service.calls()).isEmpty();
    }

    @Test
    void aRunThatChangedFilesRestartsTheServiceOnceAndWaitsUntilItRuns() throws IOException {
        ScriptedService service = new ScriptedService(first);

        RestartOutcome outcome = restart(service).afterRun(editor, changeBoth());

        assertThat(outcome).isEqualTo(new RestartOutcome(ScriptedService.NAME, true, List.of(), null));
        assertThat(outcome.needed()).isTrue();
        assertThat(service.calls()).containsExactly("state", "stop", "state", "start", "state");
        assertThat(service.configsAtStart()).singleElement().isEqualTo(changed());
        assertThat(Files.readAllBytes(first)).isEqualTo(changed());
        assertThat(Files.readAllBytes(second)).isEqualTo(changed());
        assertThat(editor.backups(first)).extracting(Backup::kind).containsExactly(BackupKind.ORIGINAL);
    }

    @Test
    void aStoppedServiceIsOnlyStarted() {
        ScriptedService service = new ScriptedService(first).stopped();

        assertThat(restart(service).afterRun(editor, changeBoth()).restarted()).isTrue();
        assertThat(service.calls()).containsExactly("state", "start", "state");
    }

    @Test
    void aRefusedStopPutsTheFileBackAndRestartsTheServiceWithIt() throws IOException {
        ScriptedService service = new ScriptedService(first).stops(Stop.REFUSED);

        RestartOutcome outcome = changeThenRestart(service, DEFAULT_TIMEOUT);

        assertThat(outcome.failure().getMessage()).isEqualTo("sc.exe stop ScriptedAgent failed: error 5: Access is "
                + "denied, so the change was taken back: " + first + " is back as it was (restored from "
                + outcome.rollback().get(0).from() + "); the service was restarted again and runs");
        assertThat(service.count("stop")).isEqualTo(2);
        assertThat(service.configsAtStart()).singleElement().isEqualTo(original);
    }

    @Test
    void aRefusedStartPutsTheFileBackAndRestartsTheServiceWithIt() throws IOException {
        ScriptedService service = new ScriptedService(first).starts(Start.REFUSED);

        assertThat(changeThenRestart(service, DEFAULT_TIMEOUT).failure().getMessage())
                .startsWith("sc.exe start ScriptedAgent failed: error 1053: ")
                .endsWith("; the service was restarted again and runs");
        assertThat(service.configsAtStart()).containsExactly(changed(), original);
    }

    @Test
    void aServiceThatDoesNotRunWithinTheTimeoutIsGivenTheFileBack() throws IOException {
        ScriptedService service = new ScriptedService(first).starts(Start.HANGS);
        long started = System.nanoTime();

        RestartOutcome outcome = changeThenRestart(service, Duration.ofSeconds(1));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(outcome.failure().getMessage()).startsWith("the ScriptedAgent service did not reach RUNNING within "
                + "1 s of being started (it is START_PENDING), so the change was taken back: ");
        assertThat(service.configsAtStart()).containsExactly(changed(), original);
    }

    @Test
    void aServiceThatStopsAgainAsItStartsIsNotWaitedForUntilTheTimeout() throws IOException {
        long started = System.nanoTime();

        RestartOutcome outcome = changeThenRestart(new ScriptedService(first).starts(Start.FAILS),
                ServiceRestart.MAX_TIMEOUT);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(outcome.failure().getMessage()).startsWith("the ScriptedAgent service stopped again as it started, "
                + "so the change was taken back: ");
    }

    @Test
    void everyFileTheRunChangedIsPutBack() throws IOException {
        ScriptedService service = new ScriptedService(first).starts(Start.FAILS);
        List<CommitResult> run = changeBoth();

        RestartOutcome outcome = restart(service).afterRun(editor, run);

        assertThat(outcome.failure().code()).isEqualTo("restart-rolled-back");
        assertThat(outcome.failure().getMessage()).contains("the 2 files this run changed are back as they were; "
                + "the service was restarted again and runs");
        assertThat(outcome.rollback()).extracting(RolledBack::file, RolledBack::from, RolledBack::failure)
                .containsExactly(tuple(first, run.get(0).backup(), null),
                        tuple(second, run.get(1).backup(), null));
        assertThat(Files.readAllBytes(first)).isEqualTo(original);
        assertThat(Files.readAllBytes(second)).isEqualTo(original);
        assertThat(service.count("start")).isEqualTo(2);
    }

    @Test
    void aFileThatCannotBePutBackIsNamedAndTheServiceIsStillRestarted() throws IOException {
        List<CommitResult> run = changeBoth();
        ScriptedService service = new ScriptedService(first).starts(Start.FAILS)
                .beforeFirstStart(() -> delete(run.get(0).backup()));

        RestartOutcome outcome = restart(service).afterRun(editor, run);

        AadcfgException failure = outcome.failure();
        assertThat(failure.category()).isEqualTo(Category.SERVICE);
        assertThat(failure.code()).isEqualTo("rollback-failed");
        assertThat(failure.getMessage()).contains(first + " could not be put back and still holds the change (",
                "1 of 2 files are back as they were; the service was restarted again and runs");
        assertThat(outcome.rollback().get(0).failure().code()).isEqualTo("not-found");
        assertThat(outcome.rollback().get(0).backup()).isNull();
        assertThat(outcome.rollback().get(1).failure()).isNull();
        assertThat(Files.readAllBytes(first)).isEqualTo(changed());
        assertThat(Files.readAllBytes(second)).isEqualTo(original);
        assertThat(service.count("start")).isEqualTo(2);
    }

    @Test
    void whenTheSecondRestartFailsTooTheFilesAreBackAndTheOutcomeSaysTheServiceDoesNotRun() throws IOException {
        ScriptedService service = new ScriptedService(first).starts(Start.FAILS, Start.REFUSED);
        CommitResult change = editor.apply(first, CHANGE);

        RestartOutcome outcome = restart(service).afterRun(editor, List.of(change));

        assertRolledBack(outcome, change, "rollback-restart-failed");
        assertThat(outcome.failure().getMessage()).endsWith(" is back as it was (restored from " + change.backup()
                + "); restarting the service again failed too: sc.exe start ScriptedAgent failed: error 1053: The "
                + "service did not respond to the start or control request in a timely fashion.");
    }

    @Test
    void checkReadsTheStateBeforeAnyFileIsTouched() {
        ScriptedService service = new ScriptedService(first);

        assertThat(restart(service).check()).isEqualTo(ServiceState.RUNNING);
        AadcfgException missing = Failures.thrown(Category.SERVICE,
                () -> new ServiceRestart(service, "Missing", DEFAULT_TIMEOUT).check());
        assertThat(missing.code()).isEqualTo("no-such-service");
    }

    @Test
    void aServiceNameAndATimeoutAreCheckedWhenTheRestartIsMade() {
        ScriptedService service = new ScriptedService(first);
        for (String name : new String[] {"", " ", "a/b", "a\\b", "tab\there", "x".repeat(257)}) {
            AadcfgException error = Failures.thrown(Category.INVALID_VALUE,
                    () -> new ServiceRestart(service, name, DEFAULT_TIMEOUT));
            assertThat(error.code()).as(name).isEqualTo("invalid-service-name");
            assertThat(error.getMessage()).startsWith("restartService: must be a service name");
        }
        for (Duration timeout : List.of(Duration.ZERO, Duration.ofMillis(999), Duration.ofSeconds(3601))) {
            AadcfgException error = Failures.thrown(Category.INVALID_VALUE,
                    () -> new ServiceRestart(service, ScriptedService.NAME, timeout));
            assertThat(error.code()).isEqualTo("invalid-restart-timeout");
            assertThat(error.getMessage()).startsWith("restartTimeout: must be from 1 to 3600 seconds, was ");
        }
        assertThat(new ServiceRestart(service, "Service with spaces", Duration.ofSeconds(3600)).service())
                .isEqualTo("Service with spaces");
    }

    /**
     * Changes the first file, restarts {@code service} after it, and checks the file is back as it was
     * ({@code restart-rolled-back}); returns the outcome.
     */
    private RestartOutcome changeThenRestart(ScriptedService service, Duration timeout) throws IOException {
        CommitResult change = editor.apply(first, CHANGE);
        RestartOutcome outcome = restart(service, timeout).afterRun(editor, List.of(change));
        assertRolledBack(outcome, change, "restart-rolled-back");
        return outcome;
    }

    /**
     * The file is back as it was, its change kept as a pre-restore backup: the outcome names both, with the code.
     */
    private void assertRolledBack(RestartOutcome outcome, CommitResult change, String code) throws IOException {
        assertThat(outcome.restarted()).isFalse();
        assertThat(outcome.needed()).isTrue();
        assertThat(outcome.failure().category()).isEqualTo(Category.SERVICE);
        assertThat(outcome.failure().code()).isEqualTo(code);
        assertThat(Files.readAllBytes(change.file())).isEqualTo(original);
        RolledBack rolledBack = outcome.rollback().get(0);
        assertThat(outcome.rollback()).hasSize(1);
        assertThat(rolledBack.file()).isEqualTo(change.file());
        assertThat(rolledBack.from()).isEqualTo(change.backup());
        assertThat(rolledBack.failure()).isNull();
        assertThat(Files.readAllBytes(rolledBack.backup())).isEqualTo(changed());
        assertThat(editor.backups(change.file())).extracting(Backup::path, Backup::kind).containsExactly(
                tuple(rolledBack.backup(), BackupKind.PRE_RESTORE),
                tuple(change.backup(), BackupKind.ORIGINAL));
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.aadcfg.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.RestartOutcome;
import io.github.aadcfg.core.RolledBack;
import io.github.aadcfg.core.agent.AgentService;
import io.github.aadcfg.core.agent.SetFipsPolicy;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Finding;
import io.github.aadcfg.core.report.Severity;
import io.github.aadcfg.maven.FileLog.Wording;

import static org.assertj.core.api.Assertions.assertThat;

class FileLogTest {
    @TempDir
    Path directory;

    private final List<String> logged = new ArrayList<>();
    private final FileLog fileLog = new FileLog(recording(logged));
    private final ConfigEditor editor = ConfigEditor.builder().build();

    @Test
    void findingsAreLoggedInOrderErrorsAsErrorsAndTheErrorLinesAreReturned() {
        Path file = Path.of("a.config");
        Finding error = new Finding("placeholder", Severity.ERROR, "replace the placeholder", 46);
        Finding warning = new Finding("duplicate-key", Severity.WARNING, "the key is set twice", 12);

        List<String> errors = fileLog.findings(file, List.of(warning, error));

        assertThat(logged).containsExactly("WARN " + file + ": " + warning, "ERROR " + file + ": " + error);
        assertThat(errors).containsExactly(file + ": " + error);
    }

    @Test
    void aPreviewOfAChangeShowsTheDiff() throws IOException {
        Plan plan = editor.plan(config(), List.of(new SetFipsPolicy(true)));

        fileLog.preview(plan, Wording.APPLY);

        assertThat(logged).containsExactly("INFO " + plan.file() + ": would change (dry run, nothing written)\n"
                + plan.unifiedDiff());
    }

    @Test
    void aCommittedChangeNamesTheBackupWithTheDiffAtDebugLevel() throws IOException {
        Path source = Path.of("source.bak");

        CommitResult result = editor.apply(config(), List.of(new SetFipsPolicy(true)));
        fileLog.committed(result, Wording.restoredFrom(source));

        assertThat(logged).containsExactly(
                "INFO " + result.file() + ": restored from " + source + "; the replaced content was backed up to "
                        + result.backup(),
                "DEBUG " + result.plan().unifiedDiff());
    }

    @Test
    void noChangeIsWordedAsUnchanged() throws IOException {
        Path file = config();
        Path source = Path.of("source.bak");

        fileLog.committed(editor.apply(file, List.of()), Wording.APPLY);
        fileLog.preview(editor.plan(file, List.of()), Wording.restoredFrom(source));

        assertThat(logged).containsExactly("INFO " + file + ": unchanged",
                "INFO " + file + ": unchanged, it already equals " + source);
    }

    @Test
    void aChangeWrittenToTheAgentsConfigIsFollowedByTheRestartReminderAsAWarning() throws IOException {
        Path agentConfig = config("AADConnectProvisioningAgent.exe.config");
        List<SetFipsPolicy> edits = List.of(new SetFipsPolicy(true));

        Plan preview = editor.plan(agentConfig, edits);
        fileLog.preview(preview, Wording.APPLY);
        CommitResult changed = editor.apply(agentConfig, edits);
        fileLog.committed(changed, Wording.APPLY);
        fileLog.committed(editor.apply(agentConfig, edits), Wording.APPLY);

        assertThat(logged).containsExactly(
                "INFO " + agentConfig + ": would change (dry run, nothing written)\n" + preview.unifiedDiff(),
                "INFO " + agentConfig + ": changed, backup " + changed.backup(),
                "WARN " + agentConfig + ": " + AgentService.restartReminder(agentConfig),
                "DEBUG " + changed.plan().unifiedDiff(),
                "INFO " + agentConfig + ": unchanged");
    }

    @Test
    void aLogWithoutTheRestartReminderGivesNone() throws IOException {
        Path agentConfig = config("AADConnectProvisioningAgent.exe.config");

        CommitResult changed = fileLog.withoutRestartReminder().committed(editor.apply(agentConfig,
                List.of(new SetFipsPolicy(true))), Wording.APPLY);

        assertThat(logged).containsExactly("INFO " + agentConfig + ": changed, backup " + changed.backup(),
                "DEBUG " + changed.plan().unifiedDiff());
    }

    @Test
    void aRestartIsLoggedAsInfoAndEachFilePutBackAsAnError() {
        Path file = Path.of("a.config");
        Path from = Path.of("a.config.000001.original.bak");
        Path change = Path.of("a.config.000002.pre-restore.bak");
        AadcfgException denied = new AadcfgException(Category.CANNOT_WRITE, "read-only", file, "the file is read-only");
        AadcfgException failure = new AadcfgException(Category.SERVICE, "rollback-failed", null, "why");

        fileLog.restart(new RestartOutcome("Agent", true, List.of(), null));
        fileLog.restart(new RestartOutcome("Agent", false, List.of(), null));
        fileLog.restart(new RestartOutcome("Agent", false, List.of(new RolledBack(file, from, change, null),
                new RolledBack(file, from, null, denied)), failure));

        assertThat(logged).containsExactly("INFO service Agent: restarted",
                "INFO service Agent: not restarted, nothing changed",
                "ERROR " + file + ": put back, restored from " + from + "; the change was backed up to " + change,
                "ERROR " + file + ": not put back, it still holds the change: the file is read-only");
    }

    private Path config() throws IOException {
        return config("a.exe.config");
    }

    private Path config(String name) throws IOException {
        return Files.writeString(directory.resolve(name),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n</configuration>\n");
    }

    /** A log that records each message with its level, e.g. {@code WARN a.config: ...}; every level is enabled. */
    private static Log recording(List<String> lines) {
        return (Log) java.lang.reflect.Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
                (log, method, arguments) -> {
                    if (method.getReturnType() == boolean.class) {
                        return true;
                    }
                    lines.add(method.getName().toUpperCase(Locale.ROOT) + " " + arguments[0]);
                    return null;
                });
    }
}

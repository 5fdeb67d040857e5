package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.faults.FaultyFileSystemProvider.Fault;
import io.github.aadcfg.core.internal.io.Hashes;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Fails each I/O step of an edit in turn, through a file system that injects the fault, and shows the
 * original byte-identical afterwards, the error typed, and no partial file, backup or temporary file left.
 */
class InjectedFaultTest {
    private static final Path SAMPLE = Path.of("..", "testdata", "agent", "AADConnectProvisioningAgent.exe.config");
    private static final String NAME = "agent.config";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"NONE", "REWRITE"}, mode = EnumSource.Mode.EXCLUDE)
    void aFailingStepLeavesTheOriginalAndNoLitter(Fault fault) throws IOException {
        Files.copy(SAMPLE, dir.resolve(NAME));
        Map<String, String> before = snapshot();
        FaultyFileSystem faulty = new FaultyFileSystem();
        faulty.faults().arm(fault, NAME);
        Path file = faulty.wrap(dir.resolve(NAME));

        AadcfgException error = catchThrowableOfType(AadcfgException.class, () -> ConfigEditor.builder().build()
                .apply(file, List.of(new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080")))));

        assertThat(faulty.faults().injected()).as("fault was hit").isTrue();
        assertThat(error).as("typed error for " + fault).isNotNull();
        assertThat(error.file()).isEqualTo(file);
        assertThat(snapshot()).isEqualTo(before);
        System.out.println(fault + " -> " + error.category() + " " + error.code() + ": " + error.reason());
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = "NONE")
    void withoutAFaultTheSameEditSucceeds(Fault none) throws IOException {
        Files.copy(SAMPLE, dir.resolve(NAME));
        FaultyFileSystem faulty = new FaultyFileSystem();
        faulty.faults().arm(none, NAME);
        assertThat(ConfigEditor.builder().build().apply(faulty.wrap(dir.resolve(NAME)),
                List.of(new EnableTracing())).status()).isEqualTo(Status.CHANGED);
        assertThat(snapshot()).hasSize(2);
    }

    @org.junit.jupiter.api.Test
    void aRewriteByAnotherProgramDuringTheEditIsCaughtByTheRecheckBeforeTheRename() throws IOException {
        Files.copy(SAMPLE, dir.resolve(NAME));
        FaultyFileSystem faulty = new FaultyFileSystem();
        faulty.faults().arm(Fault.REWRITE, NAME);
        Path file = faulty.wrap(dir.resolve(NAME));

        AadcfgException error = Failures.thrown(Category.CONFLICT, () -> ConfigEditor.builder().build().apply(file, List.of(new EnableTracing())));

        assertThat(faulty.faults().injected()).isTrue();
        assertThat(error.code()).isEqualTo("changed-underneath");
        assertThat(Files.readString(dir.resolve(NAME))).endsWith("<!-- rewritten by another program -->");
        assertThat(snapshot()).containsOnlyKeys(NAME); // no backup, no temporary file
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                entries.put(p.getFileName().toString(), Hashes.sha256(Files.readAllBytes(p)));
            }
        }
        return entries;
    }
}

package io.github.aadcfg.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.LintBlockedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every bad input produces its typed error, with file and line where known, and leaves the file and its
 * directory exactly as they were: no backup, no temporary file, no lock file.
 */
class BadInputTest {
    private static final List<ConfigEdit> EDITS =
            List.of(new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080")), new EnableTracing());

    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("malformed-unclosed.config", Category.BAD_DATA, "malformed-xml"),
                Arguments.of("mismatched-tags.config", Category.BAD_DATA, "malformed-xml"),
                Arguments.of("truncated.config", Category.BAD_DATA, "malformed-xml"),
                Arguments.of("two-roots.config", Category.BAD_DATA, "malformed-xml"),
                Arguments.of("undefined-entity.config", Category.BAD_DATA, "malformed-xml"),
                Arguments.of("empty.config", Category.BAD_DATA, "empty"),
                Arguments.of("whitespace-only.config", Category.BAD_DATA, "empty"),
                Arguments.of("binary.config", Category.BAD_DATA, "binary"),
                Arguments.of("invalid-utf8.config", Category.BAD_DATA, "invalid-encoding"),
                Arguments.of("utf16-no-bom.config", Category.BAD_DATA, "utf16-without-bom"),
                Arguments.of("xxe-file.config", Category.BAD_DATA, "dtd-forbidden"),
                Arguments.of("xxe-file-element.config", Category.BAD_DATA, "dtd-forbidden"),
                Arguments.of("xxe-network.config", Category.BAD_DATA, "dtd-forbidden"),
                Arguments.of("xxe-network-element.config", Category.BAD_DATA, "dtd-forbidden"),
                Arguments.of("billion-laughs.config", Category.BAD_DATA, "dtd-forbidden"),
                Arguments.of("external-dtd.config", Category.BAD_DATA, "dtd-forbidden"),
                Arguments.of("parameter-entity.config", Category.BAD_DATA, "dtd-forbidden"),
                Arguments.of("unsupported-name.config", Category.BAD_DATA, "unsupported-name"),
                Arguments.of("wrong-root.config", Category.BAD_DATA, "not-dotnet-config"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileIsRefusedWithItsTypedErrorAndNothingChanges(String name, Category category,
            String code) throws IOException {
        Path file = dir.resolve(name);
        Files.copy(Testdata.ROOT.resolve("bad").resolve(name), file);
        Map<String, String> before = DirectorySnapshot.of(dir);

        AadcfgException error = Failures.thrown(category, () -> editor().apply(file, EDITS));

        assertThat(error.code()).isEqualTo(code);
        assertThat(error.file()).isEqualTo(file);
        assertThat(error.getMessage()).startsWith(file.toString());
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void errorsCarryTheLineAndColumn() throws IOException {
        Path file = copyBad("mismatched-tags.config");
        AadcfgException error = Failures.thrown(Category.BAD_DATA, () -> editor().apply(file, EDITS));
        assertThat(error.line()).isPositive();
        assertThat(error.column()).isPositive();
        assertThat(error.getMessage()).matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*");
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Path file = dir.resolve("xxe.config");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE configuration [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<configuration><appSettings>&xxe;</appSettings></configuration>\n");
        AadcfgException error;
        ReadProbe probe = ReadProbe.verified(secret, "TOP-SECRET-CONTENT"); // a FIFO: sees any open for reading
        try (probe) {
            error = Failures.thrown(Category.BAD_DATA, () -> editor().apply(file, EDITS));
        }
        assertThat(error.getMessage()).doesNotContain("TOP-SECRET");
        assertThat(error.line()).isEqualTo(2);
        assertThat(probe.wasRead()).as("the secret was opened for reading").isFalse();
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("missing.config");
        AadcfgException error = Failures.thrown(Category.INPUT_UNAVAILABLE, () -> editor().apply(file, EDITS));
        assertThat(error.code()).isEqualTo("not-found");
        assertThat(DirectorySnapshot.of(dir)).hasSize(1);
    }

    @Test
    void danglingSymlink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.config"), dir.resolve("nowhere.config"));
        Map<String, String> before = DirectorySnapshot.of(dir);
        AadcfgException error = Failures.thrown(Category.INPUT_UNAVAILABLE, () -> editor().apply(link, EDITS));
        assertThat(error.getMessage()).contains("symbolic link");
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void directory() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub.config"));
        Map<String, String> before = DirectorySnapshot.of(dir);
        AadcfgException error = Failures.thrown(Category.INPUT_UNAVAILABLE, () -> editor().apply(sub, EDITS));
        assertThat(error.code()).isEqualTo("is-directory");
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void fifoIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("pipe.config");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Map<String, String> before = DirectorySnapshot.of(dir);
        AadcfgException error = Failures.thrown(Category.INPUT_UNAVAILABLE, () -> editor().apply(fifo, EDITS));
        assertThat(error.code()).isEqualTo("not-regular-file");
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void readOnlyFile() throws IOException {
        Path file = copyAgent("r--r--r--");
        Map<String, String> before = DirectorySnapshot.of(dir);
        AadcfgException error = Failures.thrown(Category.CANNOT_WRITE, () -> editor().apply(file, EDITS));
        assertThat(error.code()).isEqualTo("read-only");
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = copyAgent("-w-------");
        Map<String, String> before = DirectorySnapshot.of(dir);
        AadcfgException error = Failures.thrown(Category.INPUT_UNAVAILABLE, () -> editor().apply(file, EDITS));
        assertThat(error.code()).isEqualTo("unreadable");
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void readOnlyDirectory() throws IOException {
        Path file = copyAgent("rw-r--r--");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Map<String, String> before = DirectorySnapshot.of(dir);
            AadcfgException error = Failures.thrown(Category.CANNOT_WRITE, () -> editor().apply(file, EDITS));
            assertThat(error.code()).isEqualTo("read-only-directory");
            assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anEditThatRemovesTheBlockingFindingsRunsAndOneThatLeavesThemIsRefused() throws IOException {
        Path file = dir.resolve("placeholders.config");
        Files.copy(Testdata.ROOT.resolve("variants/placeholders.config"), file);
        Map<String, String> before = DirectorySnapshot.of(dir);
        LintBlockedException error = catchThrowableOfType(LintBlockedException.class,
                () -> editor().apply(file, List.of(new EnableTracing())));
        assertThat(error.findings()).extracting(f -> f.code()).containsExactly("placeholder");
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);

        CommitResult fixed = editor().apply(file, List.of(new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080"))));

        assertThat(fixed.status()).isEqualTo(Status.CHANGED);
        assertThat(fixed.plan().findings()).extracting(f -> f.code()).containsExactly("placeholder");
        assertThat(ConfigDocument.read(file).lint()).isEmpty();
    }

    @Test
    void lintErrorsBlockEditsUnlessForced() throws IOException {
        Path file = dir.resolve("dup.config");
        Files.copy(Testdata.ROOT.resolve("variants/duplicated-sections.config"), file);
        Map<String, String> before = DirectorySnapshot.of(dir);
        LintBlockedException error = catchThrowableOfType(LintBlockedException.class, () -> editor().apply(file, EDITS));
        assertThat(error.findings()).extracting(f -> f.code()).containsExactly("duplicate-section");
        assertThat(error.line()).isEqualTo(47);
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);

        CommitResult forced = ConfigEditor.builder().force(true).build().apply(file, EDITS);
        assertThat(forced.status()).isEqualTo(Status.CHANGED);
    }

    @Test
    void invalidProxyAddressesAreRefusedBeforeAnythingIsRead() {
        for (String address : List.of("http://[proxy-server]:[proxy-port]", "proxy.contoso.com:8080", "ftp://p:21",
                "http://proxy", "http://proxy:0", "http://proxy:65536", "http://proxy:8080/path", "http://p:1?q",
                "http://p:1#f", "")) {
            AadcfgException error = Failures.thrown(Category.INVALID_VALUE, () -> ProxySettings.of(address));
            assertThat(error.getMessage()).as(address).startsWith("proxy.address: ");
        }
        AadcfgException secret = Failures.thrown(Category.INVALID_VALUE, () -> ProxySettings.of("http://admin:S3cr3t!@proxy:8080"));
        assertThat(secret.getMessage()).doesNotContain("S3cr3t").doesNotContain("admin");
        assertThat(Failures.thrown(Category.INVALID_VALUE, () -> ProxySettings.of("http://[proxy-server]:[proxy-port]")).getMessage()).contains("[proxy-server]");
    }

    private Path copyBad(String name) throws IOException {
        return Files.copy(Testdata.ROOT.resolve("bad").resolve(name), dir.resolve(name));
    }

    private Path copyAgent(String mode) throws IOException {
        Path file = Files.copy(Testdata.AGENT, dir.resolve("agent.config"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private static ConfigEditor editor() {
        return ConfigEditor.builder().build();
    }
}

package io.github.aadcfg.core.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link RegQuery} parses {@code reg.exe query KEY /v NAME} output as Windows prints it (CRLF, the full key name,
 * then four spaces before the name, the type and the data), and runs the {@code reg.exe} of {@code SystemRoot}:
 * here a script that prints such output.
 */
class RegQueryTest {
    private static final String KEY = "HKLM\\SOFTWARE\\Microsoft\\Azure AD Connect Agents\\Azure AD Connect Provisioning Agent";
    private static final String HEADER = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Azure AD Connect Agents"
            + "\\Azure AD Connect Provisioning Agent\r\n";
    private static final UnaryOperator<String> ENVIRONMENT =
            Map.of("ProgramFiles", "C:\\Program Files", "SystemDrive", "C:")::get;

    private static Optional<String> parse(String valueLine, String name) {
        return RegQuery.parse(HEADER + valueLine + "\r\n\r\n", name, ENVIRONMENT);
    }

    @Test
    void aRegSzValueIsItsDataAsWrittenTrailingBackslashAndSpacesIncluded() {
        assertThat(parse("    InstallDir    REG_SZ    C:\\Program Files\\Microsoft Azure AD Connect Provisioning Agent\\",
                "InstallDir")).contains("C:\\Program Files\\Microsoft Azure AD Connect Provisioning Agent\\");
        assertThat(parse("    ServiceProcessName    REG_SZ    AADConnectProvisioningAgent.exe", "ServiceProcessName"))
                .contains("AADConnectProvisioningAgent.exe");
        assertThat(parse("    InstallDir    REG_SZ    \"D:\\Agents\\Two    Spaces\\\" ", "InstallDir"))
                .contains("\"D:\\Agents\\Two    Spaces\\\" ");
    }

    @Test
    void aRegExpandSzValueHasTheVariablesTheEnvironmentDefinesExpanded() {
        assertThat(parse("    InstallDir    REG_EXPAND_SZ    %ProgramFiles%\\Agent\\", "InstallDir"))
                .contains("C:\\Program Files\\Agent\\");
        assertThat(parse("    InstallDir    REG_EXPAND_SZ    %SystemDrive%\\%Unset%\\100%\\", "InstallDir"))
                .contains("C:\\%Unset%\\100%\\");
    }

    @Test
    void namesMatchInAnyCaseMayHoldSpacesAndEmptyDataIsEmpty() {
        assertThat(parse("    INSTALLDIR    REG_SZ    C:\\A\\", "InstallDir")).contains("C:\\A\\");
        assertThat(parse("    Install Dir    REG_SZ    C:\\B\\", "Install Dir")).contains("C:\\B\\");
        assertThat(parse("    InstallDir    REG_SZ    ", "InstallDir")).contains("");
        assertThat(parse("    InstallDir    REG_SZ", "InstallDir")).contains("");
    }

    @Test
    void aValueOfAnotherTypeHoldsNoString() {
        assertThat(parse("    InstallDir    REG_DWORD    0x1", "InstallDir")).isEmpty();
        assertThat(parse("    InstallDir    REG_MULTI_SZ    C:\\A\\0C:\\B", "InstallDir")).isEmpty();
    }

    @Test
    void outputWithoutTheValuesLineIsAnError() {
        assertThatThrownBy(() -> parse("    Other    REG_SZ    x", "InstallDir"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no line for the value InstallDir");
    }

    @Test
    void runsTheRegExeOfSystemRootWithTheQueryOfOneValueIn64BitView(@TempDir Path root) throws IOException {
        Path regExe = fakeRegExe(root, HEADER + "    InstallDir    REG_EXPAND_SZ    %ProgramFiles%\\Agent\\\r\n\r\n", 0);
        RegQuery registry = new RegQuery(Map.of("SystemRoot", root.toString(), "ProgramFiles", "C:\\Program Files")::get);

        assertThat(registry.value(KEY, "InstallDir")).contains("C:\\Program Files\\Agent\\");
        assertThat(Files.readAllLines(regExe.resolveSibling("arguments")))
                .containsExactly("query", KEY, "/v", "InstallDir", "/reg:64");
    }

    @Test
    void exitCodeOneIsAMissingKeyOrValueAndAnyOtherIsAnError(@TempDir Path root) throws IOException {
        fakeRegExe(root, "ERROR: The system was unable to find the specified registry key or value.\r\n", 1);
        RegQuery registry = new RegQuery(Map.of("SystemRoot", root.toString())::get);
        assertThat(registry.value(KEY, "InstallDir")).isEmpty();

        fakeRegExe(root, "ERROR: Access is denied.\r\n", 5);
        assertThatThrownBy(() -> registry.value(KEY, "InstallDir")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("exited with 5: ERROR: Access is denied.");
    }

    @Test
    void aRegExeThatCannotRunIsAnErrorNamingIt(@TempDir Path root) {
        RegQuery registry = new RegQuery(Map.of("SystemRoot", root.toString())::get);
        RegQuery noSystemRoot = new RegQuery(Map.<String, String>of()::get);

        assertThatThrownBy(() -> registry.value(KEY, "InstallDir")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(root.resolve("System32").resolve("reg.exe").toString());
        assertThatThrownBy(() -> noSystemRoot.value(KEY, "InstallDir")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(Path.of("C:\\Windows", "System32", "reg.exe").toString());
    }

    /**
     * Makes {@code root/System32/reg.exe} a script that notes its arguments, one a line, in {@code arguments}
     * beside it, prints {@code output} and exits with {@code exitCode}.
     */
    private static Path fakeRegExe(Path root, String output, int exitCode) throws IOException {
        Path directory = Files.createDirectories(root.resolve("System32"));
        Path answer = Files.writeString(directory.resolve("answer"), output);
        Path regExe = directory.resolve("reg.exe");
        Files.write(regExe, List.of("#!/bin/sh", "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/arguments\"",
                "cat '" + answer + "'", "exit " + exitCode));
        Files.setPosixFilePermissions(regExe, PosixFilePermissions.fromString("rwx------"));
        return regExe;
    }
}

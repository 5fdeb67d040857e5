package io.github.aadcfg.cli.option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;
import io.github.aadcfg.core.agent.EnableTracing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command line's values do before any file is read: an invalid one is a usage error told in the command
 * line's own names, a tracing level is read in any case, an empty file list is no files, and a listed path is
 * relative to the current directory.
 */
class OptionValuesIT {
    @TempDir
    Path dir;

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of(List.of("proxy", "set", "--address", "ftp://proxy.contoso.com:21"), "--address: "),
                Arguments.of(List.of("proxy", "set", "--address", "http://p:8080", "--bypass", "(unclosed"),
                        "--bypass: '(unclosed' is not a valid regular expression"),
                Arguments.of(List.of("tracing", "enable", "--level", "Loud"), "--level: 'Loud' is not one of "),
                Arguments.of(List.of("tracing", "disable", "--level", "Loud"), "--level: 'Loud' is not one of "),
                Arguments.of(List.of("tracing", "enable", "--log-file", " "), "--log-file: must not be empty"),
                Arguments.of(List.of("appsetting", "remove", ""), "KEY: must not be empty"));
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void anInvalidValueIsAUsageErrorInTheCommandLinesNamesBeforeAnyFileIsRead(List<String> command, String message)
            throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        List<String> files = List.of(dir.resolve("missing.config").toString(), "--files-from", empty.toString());

        Cli.Result human = Cli.run(Fixtures.args(command, files, List.of()));
        Cli.Result json = Cli.run(Fixtures.args(command, List.of("--json"), List.of(dir.resolve("missing.config"))));

        assertThat(human.exitCode()).as(human.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(human.err()).as(human.toString()).startsWith("aadcfg: error: " + message)
                .doesNotContainPattern("(proxy|tracing|appSettings)\\.\\w+: ");
        assertThat(human.out()).isEmpty();
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(ExitCodes.USAGE);
        JsonObject report = json.json().get(0);
        assertThat(report.get("file").isJsonNull()).isTrue();
        assertThat(report.getAsJsonObject("error").get("message").getAsString()).startsWith(message);
    }

    @Test
    void aTracingLevelIsReadInAnyCase() {
        Path agent = Fixtures.agent(dir);

        Cli.Result enable = Cli.run("tracing", "enable", "--level", "vERBOSE", agent.toString());
        String enabled = new String(Fixtures.bytes(agent), StandardCharsets.UTF_8);
        Cli.Result disable = Cli.run("tracing", "disable", "--level", "warning", agent.toString());
        String disabled = new String(Fixtures.bytes(agent), StandardCharsets.UTF_8);

        assertThat(enable.exitCode()).as(enable.toString()).isEqualTo(ExitCodes.OK);
        assertThat(enabled).contains("initializeData=\"Verbose\"").doesNotContain("vERBOSE");
        assertThat(disable.exitCode()).as(disable.toString()).isEqualTo(ExitCodes.OK);
        assertThat(disabled).contains("initializeData=\"Warning\"").doesNotContain("\"warning\"");
    }

    @Test
    void anEmptyFileListIsNoFiles() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "# nothing yet\n\n");

        Cli.Result human = Cli.run("lint", "--files-from", empty.toString());
        Cli.Result json = Cli.runWithInput("", "fips", "--enforce=false", "--json", "--files-from", "-");

        assertThat(human.exitCode()).as(human.toString()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(human.err()).isEqualTo("aadcfg: error: no files: the --files-from list names none\n");
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(json.json()).singleElement().satisfies(report -> {
            assertThat(report.get("file").isJsonNull()).isTrue();
            assertThat(report.getAsJsonObject("error").get("code").getAsString()).isEqualTo("no-files");
        });
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // changes directory with sh
    void aListedPathIsRelativeToTheCurrentDirectoryNotToTheList() throws IOException {
        Path agent = Fixtures.agent(dir);
        Path lists = Files.createDirectory(dir.resolve("lists"));
        // the same name beside the list, broken: linting it would fail
        Files.writeString(lists.resolve(agent.getFileName().toString()), "<configuration>\n");
        Path list = Files.writeString(lists.resolve("list.txt"), agent.getFileName() + "\n");

        Cli.Result result = Cli.start(List.of("sh", "-c", "cd \"$0\" && exec \"$@\"", dir.toString()), List.of(),
                "lint", "--json", "--files-from", list.toString()).finish();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
        assertThat(result.json()).singleElement().satisfies(report -> assertThat(report.get("file").getAsString())
                .isEqualTo(agent.getFileName().toString()));
        assertThat(Cli.run("lint", "--help").out().replaceAll("\\s+", " "))
                .contains("one path per line, relative to the current directory");
    }

    @Test
    void theHelpShowsTheDefaultTraceFileOnOneLine() {
        Cli.Result help = Cli.run("tracing", "enable", "--help");

        assertThat(help.out().lines()).contains("  " + EnableTracing.DEFAULT_LOG_FILE);
        assertThat(help.out()).contains("--log-file=PATH       The trace file (default: the guide's, below).");
    }
}

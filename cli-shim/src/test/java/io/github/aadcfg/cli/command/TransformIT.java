package io.github.aadcfg.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code aadcfg transform}: every XDT fixture triple through the real jar, byte for byte. */
class TransformIT {
    private static final Path FIXTURES = Cli.TESTDATA.resolve("xdt/fixtures");

    @TempDir
    Path dir;

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureGivesTheExpectedBytesAndWarnings(Path fixture) throws IOException {
        Path file = Files.copy(fixture.resolve("source.config"), dir.resolve("source.config"));
        byte[] source = Files.readAllBytes(file);
        byte[] expected = Files.readAllBytes(fixture.resolve("expected.config"));

        Cli.Result result = Cli.run("transform", "--xdt", fixture.resolve("transform.config").toString(), "--json",
                file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
        JsonObject report = result.json().get(0).getAsJsonObject();
        assertThat(report.get("status").getAsString()).isEqualTo(java.util.Arrays.equals(source, expected)
                ? "unchanged" : "changed");
        List<String> warnings = new ArrayList<>();
        for (JsonElement warning : report.getAsJsonArray("warnings")) {
            assertThat(warning.getAsJsonObject().get("code").getAsString()).startsWith("xdt-");
            assertThat(warning.getAsJsonObject().get("file").getAsString()).as("the file its line is in")
                    .isEqualTo(fixture.resolve("transform.config").toString());
            warnings.add(warning.getAsJsonObject().get("message").getAsString() + "\n");
        }
        assertThat(String.join("", warnings))
                .isEqualTo(Files.readString(fixture.resolve("warnings.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void warningsGoToStderrAndTheDryRunWritesNothing() throws IOException {
        Path fixture = FIXTURES.resolve("22-no-match-warning");
        Path file = Files.copy(fixture.resolve("source.config"), dir.resolve("source.config"));

        Cli.Result result = Cli.run("transform", "--xdt", fixture.resolve("transform.config").toString(), "--dry-run",
                file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("unchanged").doesNotContain("No element");
        assertThat(result.err()).contains("warning: transform.config:2:3: No element in the source document matches "
                + "'/configuration/system.web'");
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(fixture.resolve("source.config")));
    }

    @Test
    void anInvalidTransformIsABadInputBeforeAnyFileIsTouched() throws IOException {
        Path transform = Files.writeString(dir.resolve("t.config"), "<configuration xmlns:xdt="
                + "\"http://schemas.microsoft.com/XML-Document-Transform\">\n  <appSettings xdt:Transform=\"Upsert\"/>\n"
                + "</configuration>\n");
        Path file = Fixtures.agent(dir);
        byte[] original = Files.readAllBytes(file);

        Cli.Result result = Cli.run("transform", "--xdt", transform.toString(), file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.DATA);
        assertThat(result.err() + result.out()).contains("t.config:2:16").contains("unknown transform 'Upsert'");
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }
}

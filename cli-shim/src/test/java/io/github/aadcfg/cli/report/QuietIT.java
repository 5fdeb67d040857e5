package io.github.aadcfg.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --quiet} prints, for each file whose exit code is not 0, exactly what it prints without it (for lint,
 * a file with an error-level finding: its line and all its findings, warnings too), and nothing else.
 */
class QuietIT {
    @TempDir
    Path dir;

    @Test
    void lintQuietKeepsTheFilesWithErrorsAndAllTheirFindings() throws IOException {
        Path clean = Fixtures.agent(dir);
        Path warningsOnly = Fixtures.testdata("variants/duplicate-appsetting-keys.config", dir);
        Path errorAndWarning = Files.writeString(dir.resolve("error-and-warning.config"), """
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <appSettings>
                    <add key="A" value="1"/>
                    <add key="A" value="2"/>
                  </appSettings>
                  <system.net>
                    <defaultProxy enabled="true">
                      <proxy proxyaddress="http://[proxy-server]:[proxy-port]"/>
                    </defaultProxy>
                  </system.net>
                </configuration>
                """);
        Path missing = dir.resolve("missing.config");
        String[] files = {clean.toString(), warningsOnly.toString(), errorAndWarning.toString(), missing.toString()};

        Cli.Result loud = Cli.run(lint(List.of(), files));
        Cli.Result quiet = Cli.run(lint(List.of("-q"), files));

        assertThat(quiet.exitCode()).isEqualTo(loud.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(quiet.out()).as(quiet.toString())
                .isEqualTo(blockOf(loud.out(), errorAndWarning) + blockOf(loud.out(), missing))
                .contains("error [placeholder]", "warning [duplicate-appsetting-key]")
                .doesNotContain(clean.toString(), warningsOnly.toString());
    }

    private static String[] lint(List<String> options, String[] files) {
        List<String> args = new ArrayList<>(List.of("lint"));
        args.addAll(options);
        args.addAll(List.of(files));
        return args.toArray(String[]::new);
    }

    /** The lines human output gives {@code file}: its line and the indented ones below it. */
    private static String blockOf(String output, Path file) {
        StringBuilder block = new StringBuilder();
        boolean in = false;
        for (String line : output.split("\n")) {
            if (!line.startsWith("  ")) {
                in = line.startsWith(file + ":");
            }
            if (in) {
                block.append(line).append('\n');
            }
        }
        assertThat(block).as("the block of " + file + " in\n" + output).isNotEmpty();
        return block.toString();
    }
}

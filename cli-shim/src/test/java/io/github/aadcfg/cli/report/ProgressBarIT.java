package io.github.aadcfg.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress bar goes to standard error, so it shows whenever standard error is a terminal, whatever standard
 * output is, and never when it is not. script(1) runs the CLI on a pseudo-terminal, with one of the two
 * redirected to a file; what the terminal showed is script's output.
 */
@EnabledOnOs(OS.LINUX)
class ProgressBarIT {
    /** Enough files that the batch outlasts the moment before the bar appears (300 ms), also on a fast JDK. */
    private static final int FILES = 600;
    private static final String BAR = "\\[[#-]{30}] \\d+/" + FILES;

    @TempDir
    Path dir;

    @Test
    void theBarShowsWhenStandardErrorIsATerminalAndStandardOutputIsNot() throws IOException {
        Path out = dir.resolve("out.txt");

        String terminal = onTerminal("> " + out);

        assertThat(terminal).containsPattern(BAR);
        assertThat(Files.readString(out)).doesNotContainPattern(BAR).contains(FILES + " files: " + FILES + " changed");
    }

    @Test
    void theBarDoesNotShowWhenStandardErrorIsNotATerminal() throws IOException {
        Path err = dir.resolve("err.txt");

        String terminal = onTerminal("2> " + err);

        assertThat(terminal).doesNotContainPattern(BAR).contains(FILES + " files: " + FILES + " changed");
        assertThat(Files.readString(err)).doesNotContainPattern(BAR);
    }

    /** Runs {@code proxy set} over copies of the agent config on a pseudo-terminal with {@code redirect}. */
    private String onTerminal(String redirect) throws IOException {
        List<String> args = new ArrayList<>(List.of("proxy", "set", "--address", "http://proxy.contoso.com:8080"));
        for (int i = 0; i < FILES; i++) {
            args.add(Files.copy(Cli.TESTDATA.resolve("agent").resolve(Fixtures.AGENT), dir.resolve(i + ".config"))
                    .toString());
        }
        // script runs one command line: the java command line, quoted by bash, and the redirection
        List<String> launcher = List.of("bash", "-c",
                "exec script -qec \"$(printf '%q ' \"$@\") " + redirect + "\" /dev/null", "bash");
        Cli.Running run = Cli.start(launcher, List.of(), args.toArray(String[]::new));
        run.process().getOutputStream().close();
        Cli.Result result = run.finish();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.out();
    }
}

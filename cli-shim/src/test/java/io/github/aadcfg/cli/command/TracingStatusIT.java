package io.github.aadcfg.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;
import io.github.aadcfg.cli.report.ExitCodes;
import io.github.aadcfg.core.agent.EnableTracing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tracing status}: whether verbose tracing is on, the event log level, and the trace file with its size on
 * this machine or "not found"; run as the jar in its own JVM.
 */
class TracingStatusIT {
    @TempDir
    Path dir;

    @Test
    void theSampleAndTheGuidesVerboseBlockInWords() {
        Path agent = Fixtures.agent(dir);
        Path verbose = Fixtures.testdata("variants/verbose-already.config", dir);

        Cli.Result result = Cli.run("tracing", "status", agent.toString(), verbose.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).isEqualTo(agent + ": verbose tracing off, event log level Error, no trace file declared\n"
                + verbose + ": verbose tracing on, event log level All, trace file " + EnableTracing.DEFAULT_LOG_FILE
                + " (not found)\n"
                + "2 files: 1 without verbose tracing, 1 with verbose tracing\n");
    }

    @Test
    void aRelativeTraceFileIsFoundBesideTheConfigWithItsSize() throws IOException {
        Path agent = Fixtures.agent(dir);
        Cli.Result enabled = Cli.run("tracing", "enable", "--log-file", "Trace/agent.log", agent.toString());
        assertThat(enabled.exitCode()).as(enabled.toString()).isEqualTo(ExitCodes.OK);
        Files.write(Files.createDirectory(dir.resolve("Trace")).resolve("agent.log"), new byte[1234]);

        Cli.Result result = Cli.run("tracing", "status", agent.toString());

        assertThat(result.out()).isEqualTo(agent + ": verbose tracing on, event log level All, trace file Trace/agent.log "
                + "(1234 bytes)\n");
    }

    @Test
    void jsonGivesTheSameAsValuesAndAnUnreadableFileAsAnError() throws IOException {
        Path agent = Fixtures.agent(dir);
        Path log = Files.writeString(dir.resolve("trace.log"), "x");
        Cli.Result enabled = Cli.run("tracing", "enable", "--level", "Verbose", "--log-file", log.toString(),
                agent.toString());
        assertThat(enabled.exitCode()).as(enabled.toString()).isEqualTo(ExitCodes.OK);
        Path verbose = Fixtures.testdata("variants/verbose-already.config", dir);
        Path missing = dir.resolve("missing.config");

        Cli.Result result = Cli.run("tracing", "status", "--json", agent.toString(), verbose.toString(),
                missing.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        List<JsonObject> lines = result.json();
        assertThat(lines.get(0).getAsJsonObject("tracing").toString()).isEqualTo("{\"verbose\":true,"
                + "\"level\":\"Verbose\",\"logFile\":\"" + log + "\",\"logFileSize\":1}");
        assertThat(lines.get(1).getAsJsonObject("tracing").toString()).isEqualTo("{\"verbose\":true,"
                + "\"level\":\"All\",\"logFile\":\"" + EnableTracing.DEFAULT_LOG_FILE + "\",\"logFileSize\":null}");
        assertThat(lines.get(2).get("status").getAsString()).isEqualTo("error");
        assertThat(lines.get(2).get("tracing").isJsonNull()).isTrue();
        assertThat(lines.get(2).getAsJsonObject("error").get("code").getAsString()).isEqualTo("not-found");
        assertThat(result.summary().get("status").getAsString()).isEqualTo("error");
    }

    @Test
    void afterTracingDisableItIsOffAgain() {
        Path agent = Fixtures.agent(dir);
        Cli.run("tracing", "enable", agent.toString());

        Cli.Result on = Cli.run("tracing", "status", "--json", agent.toString());
        Cli.run("tracing", "disable", agent.toString());
        Cli.Result off = Cli.run("tracing", "status", "--json", agent.toString());

        assertThat(on.json().get(0).getAsJsonObject("tracing").get("verbose").getAsBoolean()).isTrue();
        assertThat(off.json().get(0).getAsJsonObject("tracing").get("verbose").getAsBoolean()).isFalse();
        assertThat(off.json().get(0).getAsJsonObject("tracing").get("level").getAsString()).isEqualTo("Error");
    }
}

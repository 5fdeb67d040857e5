package io.github.aadcfg.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.agent.TracingView;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ConfigDocument#tracing()}: what {@code aadcfg tracing status} reports, as the file declares it. */
class ConfigDocumentTracingTest {
    private static final Path NAME = Path.of("agent.config");

    @Test
    void theSampleTracesErrorsToTheEventLogOnlyItsTraceFileCommentedOut() {
        assertThat(ConfigDocument.parse(NAME, Testdata.read(Testdata.AGENT)).tracing())
                .isEqualTo(new TracingView(false, null, "Error"));
    }

    @Test
    void theGuidesVerboseBlockIsVerboseWithItsTraceFile() {
        assertThat(ConfigDocument.parse(NAME, Testdata.read(Testdata.ROOT.resolve("variants/verbose-already.config")))
                .tracing()).isEqualTo(new TracingView(true, EnableTracing.DEFAULT_LOG_FILE, "All"));
    }

    @Test
    void tracingEnableGivesTheTraceFileAndLevelItWasGiven() {
        Plan plan = Testdata.plan(Testdata.AGENT, Testdata.read(Testdata.AGENT),
                List.of(new EnableTracing("D:\\logs\\agent.log", "Verbose")), false);

        assertThat(ConfigDocument.parse(NAME, plan.editedBytes()).tracing())
                .isEqualTo(new TracingView(true, "D:\\logs\\agent.log", "Verbose"));
    }

    @Test
    void aListenerDeclaredInTheSourceItselfNamesTheTraceFileBeforeTheSharedOne() {
        String config = """
                <configuration><system.diagnostics>
                  <sources><source name="AAD Connect Provisioning Agent"><listeners>
                    <add name="textWriterListener" type="System.Diagnostics.TextWriterTraceListener" initializeData="own.log"/>
                  </listeners></source></sources>
                  <sharedListeners>
                    <add name="textWriterListener" type="System.Diagnostics.TextWriterTraceListener" initializeData="shared.log"/>
                  </sharedListeners>
                </system.diagnostics></configuration>""";

        assertThat(ConfigDocument.parse(NAME, config.getBytes(StandardCharsets.UTF_8)).tracing())
                .isEqualTo(new TracingView(true, "own.log", null));
    }

    @Test
    void aSharedTraceFileTheSourceDoesNotRouteToIsReportedWithTracingOff() {
        String config = """
                <configuration><system.diagnostics>
                  <sources><source name="AAD Connect Provisioning Agent"><listeners><add name="etw"/></listeners></source></sources>
                  <sharedListeners>
                    <add name="textWriterListener" type="System.Diagnostics.TextWriterTraceListener" initializeData="shared.log"/>
                  </sharedListeners>
                </system.diagnostics></configuration>""";

        assertThat(ConfigDocument.parse(NAME, config.getBytes(StandardCharsets.UTF_8)).tracing())
                .isEqualTo(new TracingView(false, "shared.log", null));
    }

    @Test
    void withoutSystemDiagnosticsNothingIsDeclared() {
        assertThat(ConfigDocument.parse(NAME, "<configuration/>".getBytes(StandardCharsets.UTF_8)).tracing())
                .isEqualTo(new TracingView(false, null, null));
    }
}

package io.github.aadcfg.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

import io.github.aadcfg.core.agent.EnableTracing;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.internal.tree.NodeSpan;
import io.github.aadcfg.core.internal.tree.Sections;
import io.github.aadcfg.core.internal.tree.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact expected bytes for the seed's two edits on the sample agent config, kept in {@code testdata/expected/};
 * the engine never writes them: a deliberate change of output means editing them by hand.
 */
class GoldenTest {
    private static final Path EXPECTED = Testdata.ROOT.resolve("expected");

    /** The verbose block from Microsoft's troubleshooting guide. */
    static final String SEED_BLOCK = """
            <system.diagnostics>
                <sources>
                <source name="AAD Connect Provisioning Agent">
                    <listeners>
                    <add name="console"/>
                    <add name="etw"/>
                    <add name="textWriterListener"/>
                    </listeners>
                </source>
                </sources>
                <sharedListeners>
                <add name="console" type="System.Diagnostics.ConsoleTraceListener" initializeData="false"/>
                <add name="etw" type="System.Diagnostics.EventLogTraceListener" initializeData="Azure AD Connect Provisioning Agent">
                    <filter type="System.Diagnostics.EventTypeFilter" initializeData="All"/>
                </add>
                <add name="textWriterListener" type="System.Diagnostics.TextWriterTraceListener" initializeData="C:/ProgramData/Microsoft/Azure AD Connect Provisioning Agent/Trace/ProvAgentTrace.log"/>
                </sharedListeners>
            </system.diagnostics>
            """;

    @Test
    void proxySetOnTheSample() throws IOException {
        assertGolden("agent.proxy-set.config", Testdata.AGENT,
                new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080")));
    }

    @Test
    void tracingEnableOnTheSample() throws IOException {
        assertGolden("agent.tracing-enable.config", Testdata.AGENT, new EnableTracing());
    }

    @Test
    void bothSeedEditsOnTheSample() throws IOException {
        assertGolden("agent.proxy-and-tracing.config", Testdata.AGENT,
                new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080")), new EnableTracing());
    }

    @Test
    void tracingEnableWithoutDiagnosticsAddsTheSeedBlock() throws IOException {
        assertGolden("no-diagnostics.tracing-enable.config", Testdata.ROOT.resolve("variants/no-diagnostics.config"),
                new EnableTracing());
    }

    /**
     * On the sample and the variants with another layout (tabs, single quotes, one attribute per line,
     * UTF-16), {@code tracing enable} gives the bytes written by hand in {@code expected/tracing-enable/}
     * (see {@code edits-by-hand.py}), whose diagnostics section is the seed block.
     */
    @Test
    void tracingEnableGivesThePinnedBytesWithTheSeedBlock() throws IOException {
        for (String variant : List.of("agent/AADConnectProvisioningAgent.exe.config", "variants/no-diagnostics.config",
                "variants/commented-listeners.config", "variants/tabs.config", "variants/single-quotes.config",
                "variants/multiline-attrs.config", "variants/utf16le-bom.config", "variants/utf16be-bom.config")) {
            Path file = Testdata.ROOT.resolve(variant);
            byte[] edited = Testdata.plan(file, Testdata.read(file), List.of(new EnableTracing()), false)
                    .editedBytes();
            byte[] pinned = Files.readAllBytes(EXPECTED.resolve("tracing-enable").resolve(file.getFileName().toString()));
            assertThat(edited).as(variant).isEqualTo(pinned);
            SourceDocument document = Testdata.parse(file, pinned);
            NodeSpan span = document.span(Sections.child(document.root(), "system.diagnostics").orElseThrow());
            String section = document.text().substring(span.start(), span.end());
            Diff diff = DiffBuilder.compare(SEED_BLOCK).withTest(section).ignoreWhitespace().ignoreComments()
                    .checkForSimilar().build();
            assertThat(diff.hasDifferences()).as(variant + ": " + diff).isFalse();
        }
    }

    private static void assertGolden(String name, Path source, ConfigEdit... edits) throws IOException {
        byte[] edited = Testdata.plan(source, Testdata.read(source), List.of(edits), false).editedBytes();
        assertThat(edited).as(name).isEqualTo(Files.readAllBytes(EXPECTED.resolve(name)));
    }
}

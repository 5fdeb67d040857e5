package io.github.aadcfg.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3c.dom.Document;

import io.github.aadcfg.core.ConfigEditor;
import io.github.aadcfg.core.Plan;
import io.github.aadcfg.core.agent.ProxySettings;
import io.github.aadcfg.core.agent.SetProxy;
import io.github.aadcfg.core.edits.ConfigEdit;

/**
 * The engine's whole {@code proxy set} in memory (decode, parse with spans, lint, locate, splice, re-read of the
 * changed region, node-for-node verification, lint again, encode) against the JDK's DOM parse alone of the same
 * bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineVsParse {
    /** {@code agent}: the ~2 KB sample; {@code 200k}: the sample grown to ~200 KB. */
    @Param({"agent", "200k"})
    public String size;

    private byte[] bytes;
    private Path file;
    private List<ConfigEdit> edits;
    private ConfigEditor editor;
    private DocumentBuilderFactory factory;
    private DocumentBuilder reused;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path sample = Path.of(System.getProperty("aadcfg.sample",
                "testdata/agent/AADConnectProvisioningAgent.exe.config"));
        byte[] agent = Files.readAllBytes(sample);
        bytes = size.equals("agent") ? agent : Configs.large(agent, 200 * 1024);
        file = Path.of("AADConnectProvisioningAgent.exe.config");
        editor = ConfigEditor.builder().build();
        edits = List.of(new SetProxy(ProxySettings.of("http://proxy.contoso.com:8080")));
        factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        reused = factory.newDocumentBuilder();
        if (!engine().changed()) {
            throw new IllegalStateException("the proxy edit changed nothing");
        }
    }

    /** The JDK's DOM parse of the bytes (namespace-aware, DTDs refused, secure processing). */
    @Benchmark
    public Document domParse() throws Exception {
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(bytes));
    }

    /**
     * The same parse with one builder kept across parses ({@code reset()} before each): the JDK's parse
     * without the cost of building a parser, which for a small file is most of {@link #domParse()}.
     */
    @Benchmark
    public Document domParseReused() throws Exception {
        reused.reset();
        reused.setErrorHandler(null);
        return reused.parse(new ByteArrayInputStream(bytes));
    }

    /** {@code ConfigEditor.plan} on bytes with {@code setProxy}: everything {@code aadcfg proxy set} does except the disk. */
    @Benchmark
    public Plan engine() {
        return editor.plan(file, bytes, edits);
    }
}

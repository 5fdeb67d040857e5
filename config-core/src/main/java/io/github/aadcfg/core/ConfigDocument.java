package io.github.aadcfg.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.github.aadcfg.core.agent.ProxyView;
import io.github.aadcfg.core.agent.TracingView;
import io.github.aadcfg.core.internal.agent.ProxyReader;
import io.github.aadcfg.core.internal.agent.VerboseTracing;
import io.github.aadcfg.core.internal.io.FileReading;
import io.github.aadcfg.core.internal.lint.Linter;
import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.SourceParser;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Finding;

/**
 * A config file read and parsed, for questions that change nothing: lint findings, the declared proxy, the
 * agent's tracing.
 * Reading refuses malformed and hostile input with an {@link AadcfgException}.
 */
public final class ConfigDocument {
    private final SourceDocument source;

    private ConfigDocument(SourceDocument source) {
        this.source = source;
    }

    /** Parses a file's bytes; {@code file} names it in messages. Any root element is accepted. */
    public static ConfigDocument parse(Path file, byte[] bytes) {
        return new ConfigDocument(SourceParser.parse(SourceDecoder.decode(file, bytes)));
    }

    /** Reads and parses a file. */
    public static ConfigDocument read(Path file) {
        return parse(file, FileReading.readAll(file));
    }

    /** The parsed source with spans. */
    SourceDocument source() {
        return source;
    }

    /** Whether the root element is {@code <configuration>}. */
    public boolean isDotNetConfig() {
        return source.root().getName().equals("configuration");
    }

    /**
     * Fails unless the root element is {@code <configuration>}.
     *
     * @throws AadcfgException otherwise
     */
    public ConfigDocument requireDotNetConfig() {
        if (!isDotNetConfig()) {
            throw new AadcfgException(Category.BAD_DATA, "not-dotnet-config", source.file(), source.lineOf(source.root()), 0,
                    "the root element is <" + source.root().getQualifiedName() + ">, expected <configuration>: "
                            + "this is not a .NET configuration file", null);
        }
        return this;
    }

    /** Lint findings, in document order per check. */
    public List<Finding> lint() {
        return Linter.lint(source);
    }

    /** The proxy the file declares, if any. */
    public Optional<ProxyView> proxy() {
        return ProxyReader.read(source);
    }

    /** The agent's tracing as the file declares it: verbose or not, the trace file, the event log level. */
    public TracingView tracing() {
        return VerboseTracing.read(source);
    }
}

package io.github.aadcfg.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.aadcfg.core.edits.ConfigEdit;
import io.github.aadcfg.core.internal.text.SourceDecoder;
import io.github.aadcfg.core.internal.tree.SourceDocument;
import io.github.aadcfg.core.internal.tree.SourceParser;

/** Locates the repository's testdata and lists its files. */
public final class Testdata {
    public static final Path ROOT = Path.of("..", "testdata").toAbsolutePath().normalize();
    public static final Path AGENT = ROOT.resolve("agent/AADConnectProvisioningAgent.exe.config");

    private Testdata() {
    }

    /** The .config files of a testdata subdirectory, sorted. */
    public static List<Path> files(String directory) {
        try (Stream<Path> files = Files.list(ROOT.resolve(directory))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".config")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample and every variant: well-formed configs with root {@code <configuration>}. */
    public static List<Path> configs() {
        return Stream.concat(Stream.of(AGENT), files("variants").stream()).toList();
    }

    /** Every well-formed file: the sample, the variants and the real-world corpus. */
    public static List<Path> wellFormed() {
        return Stream.concat(configs().stream(), files("corpus").stream()).toList();
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plans {@code edits} on {@code bytes} in memory, as {@code aadcfg} would on {@code file}'s content. */
    public static Plan plan(Path file, byte[] bytes, List<? extends ConfigEdit> edits, boolean force) {
        return ConfigEditor.builder().force(force).build().plan(file, bytes, edits);
    }

    /** The parsed source of {@code bytes}, with spans, as the engine sees it. */
    public static SourceDocument parse(Path file, byte[] bytes) {
        return SourceParser.parse(SourceDecoder.decode(file, bytes));
    }
}

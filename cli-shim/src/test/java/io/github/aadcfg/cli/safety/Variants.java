package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.aadcfg.cli.Cli;
import io.github.aadcfg.cli.Fixtures;

/**
 * The bundled agent config and its variants without error-level lint findings, each with its original
 * bytes and the bytes {@code aadcfg proxy set --address http://proxy.contoso.com:8080} must give it, pinned
 * in {@code testdata/expected/proxy-set/} (written by hand, see {@code edits-by-hand.py} there).
 *
 * @param original by file name, in a stable order
 * @param patched  by file name
 */
record Variants(Map<String, byte[]> original, Map<String, byte[]> patched) {
    /** The proxy address the pinned bytes were written for. */
    static final String PINNED_ADDRESS = "http://proxy.contoso.com:8080";

    /** Reads every variant and its pinned patched bytes; a variant without pinned bytes fails. */
    static Variants pinnedProxySet() {
        Path pinned = Cli.TESTDATA.resolve("expected").resolve("proxy-set");
        Map<String, byte[]> original = new LinkedHashMap<>();
        Map<String, byte[]> patched = new LinkedHashMap<>();
        try {
            for (Path source : sources()) {
                String name = source.getFileName().toString();
                original.put(name, Files.readAllBytes(source));
                patched.put(name, Files.readAllBytes(pinned.resolve(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Variants(original, patched);
    }

    /** The agent config and the variants that edits accept without {@code --force}. */
    private static List<Path> sources() {
        List<Path> sources = new ArrayList<>();
        sources.add(Cli.TESTDATA.resolve("agent").resolve(Fixtures.AGENT));
        try (Stream<Path> variants = Files.list(Cli.TESTDATA.resolve("variants"))) {
            variants.filter(v -> !Fixtures.LINT_ERRORS.contains(v.getFileName().toString())).sorted()
                    .forEach(sources::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /** The variant names. */
    List<String> names() {
        return List.copyOf(original.keySet());
    }
}

package io.github.aadcfg.cli.safety;

import static org.assertj.core.api.Assertions.assertThat;

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
 * bytes and the bytes one clean {@code aadcfg proxy set} run gives it.
 *
 * @param original by file name, in a stable order
 * @param patched  by file name
 */
record Variants(Map<String, byte[]> original, Map<String, byte[]> patched) {

    /**
     * Copies the variants into {@code reference}, patches them there with one CLI run and reads the result.
     *
     * @param proxySet the {@code proxy set} arguments before the files
     */
    static Variants patchedByCli(Path reference, List<String> proxySet) {
        List<Path> sources = sources();
        Map<String, byte[]> original = new LinkedHashMap<>();
        List<String> args = new ArrayList<>(proxySet);
        try {
            Files.createDirectories(reference);
            for (Path source : sources) {
                Path copy = Files.copy(source, reference.resolve(source.getFileName().toString()));
                original.put(copy.getFileName().toString(), Files.readAllBytes(copy));
                args.add(copy.toString());
            }
            Cli.Result run = Cli.run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.toString()).isZero();
            Map<String, byte[]> patched = new LinkedHashMap<>();
            for (String name : original.keySet()) {
                patched.put(name, Files.readAllBytes(reference.resolve(name)));
            }
            return new Variants(original, patched);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

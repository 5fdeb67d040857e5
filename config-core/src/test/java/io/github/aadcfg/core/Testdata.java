package io.github.aadcfg.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository's testdata and lists its files. */
final class Testdata {
    static final Path ROOT = Path.of("..", "testdata").toAbsolutePath().normalize();
    static final Path AGENT = ROOT.resolve("agent/AADConnectProvisioningAgent.exe.config");

    private Testdata() {
    }

    /** The .config files of a testdata subdirectory, sorted. */
    static List<Path> files(String directory) {
        try (Stream<Path> files = Files.list(ROOT.resolve(directory))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".config")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample and every variant: well-formed configs with root {@code <configuration>}. */
    static List<Path> configs() {
        return Stream.concat(Stream.of(AGENT), files("variants").stream()).toList();
    }

    /** Every well-formed file: the sample, the variants and the real-world corpus. */
    static List<Path> wellFormed() {
        return Stream.concat(configs().stream(), files("corpus").stream()).toList();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.aadcfg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.report.Finding;

/**
 * {@code Fleet N TESTDATA PRISTINE_DIR [PER_DIRECTORY]}: writes N agent configs, round-robin over the sample and
 * every variant in testdata/variants that has no error-level lint finding, as
 * {@code PRISTINE_DIR/hNNN/hostNNNNN.config} (PER_DIRECTORY per directory, 100 by default, as in one directory
 * per group of servers; N puts them all in one directory). Prints the variants used.
 */
public final class Fleet {
    private Fleet() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path testdata = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int perDirectory = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        List<Path> sources = new ArrayList<>();
        sources.add(testdata.resolve("agent/AADConnectProvisioningAgent.exe.config"));
        try (Stream<Path> variants = Files.list(testdata.resolve("variants"))) {
            variants.sorted().forEach(sources::add);
        }
        List<byte[]> usable = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path source : sources) {
            byte[] bytes = Files.readAllBytes(source);
            try {
                ConfigDocument document = ConfigDocument.parse(source, bytes).requireDotNetConfig();
                if (document.lint().stream().noneMatch(Finding::isError)) {
                    usable.add(bytes);
                    names.add(source.getFileName().toString());
                }
            } catch (RuntimeException rejected) {
                // not a usable input for a fleet run
            }
        }
        Files.createDirectories(out);
        for (int i = 0; i < n; i++) {
            Path dir = out.resolve(String.format("h%03d", i / perDirectory));
            if (i % perDirectory == 0) {
                Files.createDirectories(dir);
            }
            try {
                Files.write(dir.resolve(String.format("host%05d.config", i)), usable.get(i % usable.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.println(usable.size() + " variants: " + String.join(" ", names));
    }
}

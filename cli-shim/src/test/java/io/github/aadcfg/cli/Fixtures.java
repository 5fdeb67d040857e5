package io.github.aadcfg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copies of the repository's test data in a test's directory, and what a directory holds. */
public final class Fixtures {
    /** The bundled agent config's file name. */
    /**
     * The lint-error variants an edit runs on without --force because it removes every error, and the pinned
     * commands (directories of testdata/expected) that do so: FIXED_BY in testdata/expected/edits-by-hand.py.
     */
    public static final Map<String, List<String>> FIXED_BY = Map.of(
            "placeholders.config", List.of("proxy-set", "proxy-set-bypass", "proxy-remove"),
            "duplicated-sections.config", List.of("proxy-remove"));
    public static final String AGENT = "AADConnectProvisioningAgent.exe.config";
    /** The variants with an error-level lint finding, which edits refuse without --force. */
    public static final List<String> LINT_ERRORS = List.of("configsections-not-first.config",
            "duplicated-sections.config", "placeholders.config", "undeclared-listener.config");

    private Fixtures() {
    }

    /** Copies the agent config and every variant into {@code directory}; returns the copies, agent first. */
    public static List<Path> agentAndVariants(Path directory) {
        List<Path> copies = new ArrayList<>();
        copies.add(copy(Cli.TESTDATA.resolve("agent").resolve(AGENT), directory));
        try (Stream<Path> variants = Files.list(Cli.TESTDATA.resolve("variants"))) {
            variants.sorted().forEach(variant -> copies.add(copy(variant, directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copies;
    }

    /** Copies the agent config into {@code directory}. */
    public static Path agent(Path directory) {
        return copy(Cli.TESTDATA.resolve("agent").resolve(AGENT), directory);
    }

    /** Copies {@code testdata/<relative>} into {@code directory}. */
    public static Path testdata(String relative, Path directory) {
        return copy(Cli.TESTDATA.resolve(relative), directory);
    }

    private static Path copy(Path source, Path directory) {
        try {
            return Files.copy(source, directory.resolve(source.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code directory} with the SHA-256 of its bytes, by relative path. */
    public static TreeMap<String, String> snapshot(Path directory) {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) all::iterator) {
                String hash = Files.isRegularFile(file)
                        ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
                        : "(directory)";
                files.put(directory.relativize(file).toString(), hash);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** The bytes {@code command} must give the test data file {@code name}, pinned by hand in testdata/expected. */
    public static byte[] pinned(String command, String name) {
        return bytes(Cli.TESTDATA.resolve("expected").resolve(command).resolve(name));
    }

    /** The bytes of a file. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line {@code command options files}. */
    public static String[] args(List<String> command, List<String> options, List<Path> files) {
        List<String> args = new ArrayList<>(command);
        args.addAll(options);
        args.addAll(args(files));
        return args.toArray(String[]::new);
    }

    /** The paths as command-line arguments. */
    public static List<String> args(List<Path> files) {
        return files.stream().map(Path::toString).toList();
    }
}

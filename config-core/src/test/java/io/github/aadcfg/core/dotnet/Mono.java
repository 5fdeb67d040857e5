package io.github.aadcfg.core.dotnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Mono, the real .NET consumer of the files these tests write: compiles the C# programs of
 * {@code testdata/dotnet} with {@code mcs} and runs them with {@code mono}. Where Mono is missing a test is
 * skipped, saying how to install it; under {@code CI=true} a missing Mono fails the test instead.
 */
public final class Mono {
    /** The Debian packages these tests need. */
    public static final String PACKAGES = "mono-runtime mono-mcs libmono-system-configuration4.0-cil "
            + "libmono-i18n4.0-all nuget";
    /** Where Debian's nuget package puts Microsoft's XDT engine. */
    public static final Path XDT_ENGINE = Path.of("/usr/lib/nuget/Microsoft.Web.XmlTransform.dll");

    static final Path SOURCES = Path.of("..", "testdata", "dotnet").toAbsolutePath().normalize();
    private static final Path OUTPUT = Path.of("target", "dotnet").toAbsolutePath();
    private static final Map<String, Path> COMPILED = new HashMap<>();

    private Mono() {
    }

    /** Skips the calling test when Mono or its libraries are missing (fails it under {@code CI=true}). */
    public static void require() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("/usr/bin/mono", "/usr/bin/mcs")) {
            if (!Files.isExecutable(Path.of(tool))) {
                missing.add(tool);
            }
        }
        if (!Files.isRegularFile(XDT_ENGINE)) {
            missing.add(XDT_ENGINE.toString());
        }
        String message = "Mono is needed to run this test (missing: " + String.join(", ", missing)
                + "); install it with: sudo apt-get install " + PACKAGES;
        if ("true".equals(System.getenv("CI"))) {
            assertThat(missing).as(message).isEmpty();
        }
        assumeTrue(missing.isEmpty(), message);
    }

    /**
     * {@code testdata/dotnet/NAME.cs} compiled to an executable, once per run. A reference given as a path is
     * copied beside the executable, where Mono finds it when the program runs.
     */
    public static synchronized Path compile(String name, String... references) {
        return COMPILED.computeIfAbsent(name, n -> {
            try {
                Files.createDirectories(OUTPUT);
                Path exe = OUTPUT.resolve(n + ".exe");
                List<String> command = new ArrayList<>(List.of("/usr/bin/mcs", "-nologo", "-out:" + exe));
                for (String reference : references) {
                    command.add("-r:" + reference);
                    if (reference.contains("/")) {
                        Path library = Path.of(reference);
                        Files.copy(library, OUTPUT.resolve(library.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                command.add(SOURCES.resolve(n + ".cs").toString());
                Result result = run(command, List.of());
                assertThat(result.exitCode()).as("mcs " + n + ".cs: " + result.output()).isZero();
                return exe;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Runs {@code exe} under Mono with {@code input} lines on its standard input. */
    public static Result runExe(Path exe, List<String> input) {
        return run(List.of("/usr/bin/mono", "--debug", exe.toString()), input);
    }

    private static Result run(List<String> command, List<String> input) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try (var stdin = process.getOutputStream()) {
                stdin.write((String.join("\n", input) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            assertThat(process.waitFor(15, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
            return new Result(process.exitValue(), output.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a program printed (standard output and error) and its exit code. */
    public record Result(int exitCode, String output) {
        /**
         * The output read as blocks, in order: a line {@code == NAME}, the block's lines, an empty line. What
         * stands outside a block (e.g. a runtime's own warnings) is left out.
         */
        public Map<String, List<String>> blocks() {
            Map<String, List<String>> blocks = new LinkedHashMap<>();
            List<String> lines = null;
            for (String line : output.split("\n", -1)) {
                if (line.startsWith("== ")) {
                    lines = new ArrayList<>();
                    blocks.put(line.substring(3), lines);
                } else if (line.isEmpty()) {
                    lines = null;
                } else if (lines != null) {
                    lines.add(line);
                }
            }
            return blocks;
        }
    }
}

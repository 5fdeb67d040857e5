package io.github.aadcfg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import picocli.CommandLine;

import io.github.aadcfg.cli.command.BundledSample;
import io.github.aadcfg.cli.report.ExitCodes;

/**
 * The training run for the launcher's class-data archive ({@code bin/aadcfg}): runs the usual commands once,
 * in one JVM, on a temporary copy of the bundled sample config (dry runs, a real edit with its backup, a
 * restore, {@code proxy show --json}, {@code lint}, the help), writing nothing else and printing nothing, so
 * that {@code -XX:DumpLoadedClassList} lists the classes those commands load. Not a command: started with
 * {@code java -cp aadcfg.jar io.github.aadcfg.cli.ClassDataTraining}. Exits 0 when every run went as expected.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    /** Runs the training; exits 1 if a command did not give its expected exit code. */
    public static void main(String[] args) throws IOException {
        Path directory = Files.createTempDirectory("aadcfg-training");
        try {
            String file = BundledSample.copyInto(directory).toString();
            String address = "http://proxy.contoso.com:8080";
            boolean ok = run(0, "proxy", "set", "--dry-run", "--address", address, file)
                    & run(0, "tracing", "enable", "--dry-run", file)
                    & run(0, "appsetting", "set", "--dry-run", "Key", "Value", file)
                    & run(0, "proxy", "set", "--address", address, file)
                    & run(0, "proxy", "show", "--json", file)
                    & run(0, "lint", file)
                    & run(0, "backups", file)
                    & run(0, "restore", "--latest", file)
                    & run(0, "--help")
                    & run(ExitCodes.USAGE, "proxy", "set", "--no-such-option");
            if (!ok) {
                System.exit(1);
            }
        } finally {
            deleteTree(directory);
        }
    }

    private static boolean run(int expected, String... args) {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true);
        CommandLine cli = Main.commandLine(args);
        cli.setOut(nowhere);
        cli.setErr(nowhere);
        return cli.execute(args) == expected;
    }

    private static void deleteTree(Path directory) throws IOException {
        List<Path> entries;
        try (Stream<Path> all = Files.walk(directory)) {
            entries = all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
        }
        for (Path entry : entries) {
            Files.deleteIfExists(entry);
        }
    }
}

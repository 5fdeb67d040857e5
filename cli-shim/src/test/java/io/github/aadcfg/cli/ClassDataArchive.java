package io.github.aadcfg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive of the classes the jar loads, made once per test JVM by one dump run
 * ({@code -XX:ArchiveClassesAtExit}). Later runs map those classes instead of loading and verifying them,
 * which saves about a quarter of each run's CPU time; the tests start hundreds of runs. Where the JVM
 * cannot make the archive, or cannot use it (say, the jar was rebuilt since), runs go without it, silently.
 */
final class ClassDataArchive {
    /** Keep the JVM from printing archive warnings into the output under test. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private ClassDataArchive() {
    }

    /**
     * Makes the archive with {@code java} and {@code options} by running {@code proxy set} on a copy of the
     * bundled agent config, and returns the options that use it; none when it could not be made.
     */
    static List<String> options(String java, List<String> options) {
        try {
            Path directory = Files.createTempDirectory("aadcfg-cds");
            directory.toFile().deleteOnExit();
            Path archive = directory.resolve("aadcfg.jsa");
            Path config = Files.copy(Cli.TESTDATA.resolve("agent").resolve(Fixtures.AGENT),
                    directory.resolve("dump.config"));
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(options);
            command.add("-XX:ArchiveClassesAtExit=" + archive);
            command.addAll(QUIET);
            command.addAll(List.of("-jar", Cli.JAR.toString(), "proxy", "set", "--address", "http://p:8080", "--json",
                    config.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            Process dump = builder.start();
            boolean done = dump.waitFor(60, TimeUnit.SECONDS);
            if (!done) {
                dump.destroyForcibly().waitFor();
            }
            try (Stream<Path> files = Files.list(directory)) {
                files.forEach(file -> file.toFile().deleteOnExit()); // before the directory: deleted in reverse order
            }
            if (!done || dump.exitValue() != 0 || !Files.isRegularFile(archive)) {
                return List.of();
            }
            List<String> use = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
            use.addAll(QUIET);
            return use;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}

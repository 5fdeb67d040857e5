package io.github.aadcfg.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Runs the shaded jar in a separate JVM, as a user or a script would. */
public final class Cli {
    /** The jar under test, built by {@code package}. */
    public static final Path JAR = Path.of(System.getProperty("aadcfg.jar", "target/aadcfg.jar")).toAbsolutePath();
    /** The repository's test data. */
    public static final Path TESTDATA = Path.of(System.getProperty("aadcfg.testdata", "../testdata")).toAbsolutePath();

    /** The classes of the tests, for {@link #runAsWindows}. */
    private static final Path TEST_CLASSES = testClasses();
    /** The java launcher of the JVM running the tests. */
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** JVM options that only make start-up faster, including a class-data-sharing archive of the jar. */
    private static final List<String> FAST_START = fastStart();

    private Cli() {
    }

    private static Path testClasses() {
        try {
            return Path.of(AsWindows.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fastStart() {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        options.addAll(ClassDataArchive.options(JAVA, options));
        return List.copyOf(options);
    }

    /** What a run printed and how it exited. */
    public record Result(int exitCode, String out, String err) {
        /**
         * Standard output parsed as JSON Lines, every line of which must be one JSON object: the lines of the
         * files, or the one error line, without the closing summary line ({@link #summary()}).
         */
        public List<JsonObject> json() {
            return lines().stream().filter(line -> !"summary".equals(line.get("type").getAsString())).toList();
        }

        /** The summary line that closes JSON output; fails when there is none, or it is not the last line. */
        public JsonObject summary() {
            List<JsonObject> lines = lines();
            JsonObject last = lines.get(lines.size() - 1);
            if (!"summary".equals(last.get("type").getAsString())) {
                throw new AssertionError("the last line is no summary: " + this);
            }
            return last;
        }

        /** Every line of standard output parsed as JSON: each must be one JSON object with a {@code type}. */
        public List<JsonObject> lines() {
            List<JsonObject> objects = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isEmpty()) {
                    JsonObject object = JsonParser.parseString(line).getAsJsonObject();
                    if (!object.has("type")) {
                        throw new AssertionError("a line without type: " + line);
                    }
                    objects.add(object);
                }
            }
            return objects;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** A run that was started and not yet waited for. */
    public record Running(Process process, Path out, Path err) {
        /** Waits for the run and returns what it printed. */
        public Result finish() {
            return finish(Duration.ofSeconds(60));
        }

        /**
         * Waits up to {@code limit} for the run and returns what it printed; after that, kills it and fails with
         * what it printed so far.
         */
        public Result finish(Duration limit) {
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("aadcfg did not finish within " + limit.toMillis() + " ms; killed: "
                            + kill());
                }
                return collect();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /**
         * Sends SIGKILL (on Linux; {@link Process#destroyForcibly()}), waits for the process to die and
         * returns what it printed until then, with exit code 137 (128 + 9).
         */
        public Result kill() {
            try {
                process.destroyForcibly().waitFor();
                return collect();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        private Result collect() {
            try {
                Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
                Files.delete(out);
                Files.delete(err);
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Runs {@code aadcfg args}. */
    public static Result run(String... args) {
        return run(List.of(), null, args);
    }

    /** Runs {@code aadcfg args} with {@code input} on standard input. */
    public static Result runWithInput(String input, String... args) {
        return run(List.of(), input, args);
    }

    /** Runs {@code aadcfg args} in a JVM with these options, with {@code input} (or nothing) on standard input. */
    public static Result run(List<String> jvmOptions, String input, String... args) {
        Running running = start(jvmOptions, args);
        try {
            if (input != null) {
                running.process().getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            running.process().getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return running.finish();
    }

    /** Runs {@code aadcfg args} with the file mode creation mask {@code umask} (e.g. {@code 000}), set by a shell. */
    public static Result runWithUmask(String umask, String... args) {
        return finishWithoutInput(start(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"),
                List.of(), args));
    }

    /**
     * Runs {@code aadcfg args} as on Windows ({@link AsWindows}: the jar's classes, started by a class of the tests)
     * with {@code SystemRoot} set to {@code systemRoot}, where {@link FakeRegExe#install()} put the {@code reg.exe}
     * that answers its registry queries.
     */
    public static Result runAsWindows(Path systemRoot, String... args) {
        List<String> command = new ArrayList<>(List.of("env", "SystemRoot=" + systemRoot, JAVA));
        command.addAll(FAST_START);
        command.addAll(List.of("-cp", JAR + File.pathSeparator + TEST_CLASSES, AsWindows.class.getName()));
        command.addAll(Arrays.asList(args));
        return finishWithoutInput(launch(command));
    }

    private static Result finishWithoutInput(Running running) {
        try {
            running.process().getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return running.finish();
    }

    /** Starts {@code aadcfg args} with empty standard input, without waiting for it. */
    public static Running start(List<String> jvmOptions, String... args) {
        return start(List.of(), jvmOptions, args);
    }

    /** Starts {@code aadcfg args} through {@code launcher} (a command that runs its arguments), or directly. */
    public static Running start(List<String> launcher, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(launcher);
        command.add(JAVA);
        command.addAll(FAST_START);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(Arrays.asList(args));
        return launch(command);
    }

    private static Running launch(List<String> command) {
        try {
            Path out = Files.createTempFile("aadcfg-it", ".out");
            Path err = Files.createTempFile("aadcfg-it", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("AADCFG_BACKUP_DIR"); // a test that wants it sets it (env launcher)
            return new Running(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

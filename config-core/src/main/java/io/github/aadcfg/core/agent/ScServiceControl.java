package io.github.aadcfg.core.agent;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Controls services with Windows' {@code sc.exe}: {@code sc query NAME}, {@code sc stop NAME}, {@code sc start NAME},
 * reading the state from its {@code STATE} line and failures from its {@code FAILED} line. The
 * {@code sc.exe} used is {@code %SystemRoot%\System32\sc.exe}, else the first {@code sc.exe} on {@code PATH}; where
 * there is none (not Windows), every call fails with {@code no-service-control}.
 */
public final class ScServiceControl implements ServiceControl {
    /** How long one call of {@code sc.exe} may take; it only passes a request on, so it answers at once. */
    private static final long CALL_SECONDS = 30;

    private final Path sc;

    private ScServiceControl(Path sc) {
        this.sc = sc;
    }

    /** The control through this machine's {@code sc.exe}, found through the environment variables of this process. */
    public static ScServiceControl locate() {
        return locate(System.getenv());
    }

    /** The control through the {@code sc.exe} that {@code environment}'s {@code SystemRoot} and {@code PATH} lead to. */
    static ScServiceControl locate(Map<String, String> environment) {
        Stream<String> system = Stream.ofNullable(environment.get("SystemRoot")).map(root -> root + File.separator
                + "System32");
        Stream<String> path = Stream.ofNullable(environment.get("PATH")).flatMap(p -> Arrays.stream(
                p.split(File.pathSeparator)));
        return new ScServiceControl(Stream.concat(system, path).map(ScServiceControl::scIn).flatMap(Optional::stream)
                .findFirst().orElse(null));
    }

    private static Optional<Path> scIn(String directory) {
        try {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "sc.exe");
            return Files.isRegularFile(candidate) && Files.isExecutable(candidate) ? Optional.of(candidate.toAbsolutePath())
                    : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The {@code sc.exe} this control runs, if one was found. */
    public Optional<Path> executable() {
        return Optional.ofNullable(sc);
    }

    @Override
    public ServiceState state(String service) {
        ScReply reply = run("query", service);
        if (reply.state() == null) {
            throw failure("query", service, "it printed no STATE line"
                    + (reply.message().isEmpty() ? "" : ": " + reply.message()));
        }
        return reply.state();
    }

    @Override
    public void stop(String service) {
        run("stop", service, ScReply.NOT_STARTED);
    }

    @Override
    public void start(String service) {
        run("start", service, ScReply.ALREADY_RUNNING);
    }

    /** Runs {@code sc VERB SERVICE}; a failure with the Windows error {@code accepted} counts as done. */
    private ScReply run(String verb, String service, int... accepted) {
        if (sc == null) {
            throw new AadcfgException(Category.SERVICE, "no-service-control", null, "no sc.exe to control the "
                    + service + " service with (looked in %SystemRoot%\\System32 and on PATH): services can be "
                    + "restarted only on Windows");
        }
        ScReply reply = reply(verb, service);
        if (reply.error() == ScReply.NO_SUCH_SERVICE) {
            throw new AadcfgException(Category.SERVICE, "no-such-service", null, "there is no service named "
                    + service + " (sc.exe " + verb + ": " + reply.message() + ")");
        }
        if (reply.error() != 0 && Arrays.stream(accepted).noneMatch(e -> e == reply.error())) {
            throw failure(verb, service, "error " + reply.error() + ": " + reply.message());
        }
        return reply;
    }

    private ScReply reply(String verb, String service) {
        Process process;
        try {
            process = new ProcessBuilder(sc.toString(), verb, service).redirectErrorStream(true).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw failure(verb, service, "it could not be run: " + e.getMessage());
        }
        try {
            // sc.exe prints a few hundred bytes, far less than a pipe holds: it can finish before it is read
            if (!process.waitFor(CALL_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failure(verb, service, "it did not answer within " + CALL_SECONDS + " s");
            }
            return ScReply.parse(new String(process.getInputStream().readAllBytes(), consoleCharset()),
                    process.exitValue());
        } catch (IOException e) {
            throw failure(verb, service, "its output could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw failure(verb, service, "interrupted while it ran");
        }
    }

    private AadcfgException failure(String verb, String service, String why) {
        return new AadcfgException(Category.SERVICE, "service-control-failed", null, "sc.exe " + verb + " " + service
                + " failed: " + why);
    }

    /** The charset of the system's console, which {@code sc.exe} prints in; its own words are ASCII in any case. */
    private static Charset consoleCharset() {
        try {
            return Charset.forName(System.getProperty("native.encoding", Charset.defaultCharset().name()));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}

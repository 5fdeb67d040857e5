package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tools that set and show POSIX ACLs ({@code setfacl}, {@code getfacl}: Debian's package {@code acl},
 * which {@code .ci/run} installs) and reads a file as user {@code nobody} ({@code setpriv}), for tests that run
 * as root. A missing tool fails the test, saying what to install: it never skips.
 */
public final class AccessTools {
    /** The user and group {@code nobody} and {@code nogroup}. */
    public static final int NOBODY = 65534;

    private AccessTools() {
    }

    /** What a command printed and how it exited. */
    public record Run(int exitCode, String out) {
    }

    /** Runs {@code command}, failing the test when it cannot be started. */
    public static Run run(String... command) {
        try {
            Path out = Files.createTempFile("access-tools", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile())
                        .start();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish in 30 s");
                }
                return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.delete(out);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0] + " (" + e.getMessage() + "); these tests need "
                    + "Debian's packages acl (setfacl, getfacl) and util-linux (setpriv): apt-get install acl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs {@code command}, failing the test unless it exits 0; returns what it printed. */
    public static String succeed(String... command) {
        Run run = run(command);
        if (run.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + run.exitCode() + ": " + run.out());
        }
        return run.out();
    }

    /** {@code setfacl args... path}. */
    public static void setfacl(Path path, String... args) {
        List<String> command = new ArrayList<>(List.of("setfacl"));
        command.addAll(List.of(args));
        command.add(path.toString());
        succeed(command.toArray(String[]::new));
    }

    /** The ACL of {@code path} with numeric ids and without the line naming the file: comparable between files. */
    public static String acl(Path path) {
        String listing = succeed("getfacl", "-n", "--absolute-names", path.toString());
        return listing.substring(listing.indexOf('\n') + 1);
    }

    /** Whether user {@code nobody} (no groups) can read {@code path}. */
    public static boolean nobodyCanRead(Path path) {
        return run("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "cat", path.toString())
                .exitCode() == 0;
    }

    /** Lets {@code nobody} reach files under {@code directory} (JUnit makes temporary directories 0700). */
    public static void openToAll(Path directory) {
        succeed("chmod", "0755", directory.toString());
    }
}

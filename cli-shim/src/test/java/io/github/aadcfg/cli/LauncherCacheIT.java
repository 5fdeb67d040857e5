package io.github.aadcfg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The POSIX launcher {@code bin/aadcfg} and its class-data archive: run with {@code sh} against the built jar,
 * with {@code HOME} a fresh directory. An archive is code the JVM runs, so one that another user could have
 * written must never be mapped. Whether the archive was mapped is read from {@code -Xlog:class+load}: a class
 * of aadcfg's own loaded from the "shared objects file" can only come from the launcher's archive (the JDK's
 * default archive holds JDK classes only). The archive planted in the untrusted places is a valid one, made
 * by the launcher itself, so the old launcher would have mapped it.
 */
class LauncherCacheIT {
    /** The launcher beside the jar under test: the jar is {@code MODULE/target/aadcfg.jar}. */
    private static final Path LAUNCHER = Cli.JAR.getParent().getParent().resolve("bin").resolve("aadcfg");
    /** The class-load log line of aadcfg's entry point when it comes from a class-data archive. */
    private static final String MAPPED = "io.github.aadcfg.cli.Main source: shared objects file";

    /** The other local user who plants files. */
    private static UserPrincipal nobody;
    /** An archive the launcher made and used, as a template to plant. */
    private static Path madeArchive;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeAnArchive() throws IOException {
        nobody = shared.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Path home = Files.createDirectory(shared.resolve("home"));
        Run run = run(home, Map.of("HOME", home.toString()));
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.mapped()).as(run.toString()).isTrue();
        madeArchive = onlyArchive(home.resolve(".cache/aadcfg"));
    }

    @Test
    void aFreshCacheIsCreatedPrivateAndItsArchiveIsMade() throws IOException {
        Path home = Files.createDirectory(dir.resolve("home"));

        Run run = run(home, Map.of("HOME", home.toString()));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).startsWith("aadcfg ");
        Path cache = home.resolve(".cache/aadcfg");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
        Path archive = onlyArchive(cache);
        assertThat(Files.getOwner(archive)).isEqualTo(Files.getOwner(dir));
        // writable by nobody else (the JVM writes it rw-r--r-- on Java 25, r--r--r-- on Java 17)
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)).substring(3))
                .doesNotContain("w");
        assertThat(run.mapped()).as(run.toString()).isTrue();
        Run again = run(home, Map.of("HOME", home.toString()));
        assertThat(again.mapped()).as(again.toString()).isTrue();
    }

    @Test
    void aCacheDirectoryOwnedByAnotherUserIsNotUsed() throws IOException {
        Path cache = plantedCache("rwx------");
        Files.setOwner(cache, nobody);

        assertNotMapped(cache);
    }

    @Test
    void aGroupWritableCacheDirectoryIsNotUsed() throws IOException {
        assertNotMapped(plantedCache("rwxrwx---"));
    }

    @Test
    void aWorldWritableCacheDirectoryIsNotUsed() throws IOException {
        assertNotMapped(plantedCache("rwxrwxrwx"));
    }

    @Test
    void anArchiveOwnedByAnotherUserIsNotUsed() throws IOException {
        Path cache = plantedCache("rwx------");
        Files.setOwner(cache.resolve(madeArchive.getFileName()), nobody);

        assertNotMapped(cache);
    }

    @Test
    void aWorldWritableArchiveIsNotUsed() throws IOException {
        Path cache = plantedCache("rwx------");
        Files.setPosixFilePermissions(cache.resolve(madeArchive.getFileName()),
                PosixFilePermissions.fromString("rw-rw-rw-"));

        assertNotMapped(cache);
    }

    @Test
    void aSymbolicLinkAsTheCacheDirectoryIsNotFollowed() throws IOException {
        Path target = plantedCache("rwx------");
        Path home = Files.createDirectory(dir.resolve("linked-home"));
        Path cache = Files.createSymbolicLink(Files.createDirectories(home.resolve(".cache")).resolve("aadcfg"),
                target);
        List<String> before = listing(target);

        Run run = run(home, Map.of("HOME", home.toString()));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.mapped()).as(run.toString()).isFalse();
        assertThat(Files.isSymbolicLink(cache)).isTrue();
        assertThat(listing(target)).isEqualTo(before);
    }

    @Test
    void withoutHomeNoSharedDirectoryIsUsed() throws IOException {
        Path oldFallback = Path.of("/tmp/.cache/aadcfg");
        boolean existed = Files.exists(oldFallback);

        Run run = run(dir, Map.of());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.mapped()).as(run.toString()).isFalse();
        if (!existed) {
            assertThat(oldFallback).doesNotExist();
        }
    }

    /** A cache directory {@code HOME/.cache/aadcfg} with these permissions, holding a copy of a valid archive. */
    private Path plantedCache(String permissions) throws IOException {
        Path cache = Files.createDirectories(dir.resolve("home/.cache/aadcfg"));
        Files.copy(madeArchive, cache.resolve(madeArchive.getFileName()));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString(permissions));
        return cache;
    }

    /** Runs the launcher with the cache {@code HOME/.cache/aadcfg} and asserts it works, maps nothing, adds nothing. */
    private void assertNotMapped(Path cache) throws IOException {
        Path home = cache.getParent().getParent();
        List<String> before = listing(cache);

        Run run = run(home, Map.of("HOME", home.toString()));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).startsWith("aadcfg ");
        assertThat(run.mapped()).as(run.toString()).isFalse();
        assertThat(listing(cache)).as("nothing dumped into the untrusted cache").isEqualTo(before);
    }

    private static List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static Path onlyArchive(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getFileName().toString()).endsWith(".static.jsa");
            return all.get(0);
        }
    }

    /** What a launcher run printed, how it exited, and the JVM's class-load log. */
    private record Run(int exitCode, String out, String err, String classLog) {
        boolean mapped() {
            return classLog.contains(MAPPED);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /**
     * Runs {@code sh bin/aadcfg --version} in {@code workDir} with only {@code PATH}, {@code JAVA_HOME} (the
     * tests' JVM), {@code AADCFG_JAVA_OPTS} (the class-load log) and {@code environment} set.
     */
    private static Run run(Path workDir, Map<String, String> environment) {
        try {
            Path log = Files.createTempFile("aadcfg-launcher", ".log");
            Path out = Files.createTempFile("aadcfg-launcher", ".out");
            Path err = Files.createTempFile("aadcfg-launcher", ".err");
            ProcessBuilder builder = new ProcessBuilder("sh", LAUNCHER.toString(), "--version").directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv("PATH"));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("AADCFG_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
            builder.environment().put("AADCFG_DEBUG", "1");
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the launcher did not finish within 120 s");
            }
            Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
            Files.delete(log);
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

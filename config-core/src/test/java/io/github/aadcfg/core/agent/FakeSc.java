package io.github.aadcfg.core.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * The stand-in for Windows' sc.exe ({@code testdata/service/sc.exe}, a POSIX shell script that answers as sc.exe
 * does), installed in a directory of its own with the files of the one service it knows. Put {@link #directory()}
 * first on {@code PATH} and {@link ScServiceControl} runs it as it runs sc.exe.
 */
public final class FakeSc {
    private final Path directory;

    private FakeSc(Path directory) {
        this.directory = directory;
    }

    /**
     * Installs the stand-in from the repository's test data at {@code testdata} in {@code directory} (created), its
     * service {@link AgentService#NAME}, running.
     */
    public static FakeSc install(Path testdata, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.copy(testdata.resolve("service/sc.exe"), directory.resolve("sc.exe"));
            Files.setPosixFilePermissions(directory.resolve("sc.exe"), PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FakeSc(directory);
    }

    /** The directory to put first on {@code PATH}. */
    public Path directory() {
        return directory;
    }

    /** Makes the service read {@code config} when it starts, and stop again as it starts when {@code config} holds {@code text}. */
    public FakeSc failsWhen(Path config, String text) {
        write("config", config.toString());
        return write("fails-on", text);
    }

    /** Sets the service's state: {@link ServiceState#RUNNING} or {@link ServiceState#STOPPED}. */
    public FakeSc state(ServiceState state) {
        return write("state", state.name());
    }

    /** The service's state now, as the stand-in keeps it. */
    public ServiceState state() {
        return ServiceState.valueOf(read("state").orElse("RUNNING"));
    }

    /** The calls so far, each as {@code VERB NAME}. */
    public List<String> calls() {
        return read("log").map(log -> log.lines().toList()).orElse(List.of());
    }

    private FakeSc write(String name, String content) {
        try {
            Files.writeString(directory.resolve(name), content + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private Optional<String> read(String name) {
        try {
            Path file = directory.resolve(name);
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

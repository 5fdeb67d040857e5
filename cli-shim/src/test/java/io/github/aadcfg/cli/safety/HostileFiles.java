package io.github.aadcfg.cli.safety;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.aadcfg.cli.Cli;

/**
 * Makes the file of a hostile case in an empty directory: a copy of the committed file, with the
 * {@code @SECRET_URL@} and {@code @PORT@} placeholders replaced by the traps' values, or a file, link, FIFO,
 * socket or permission set-up made at run time. Returns the path to give the CLI.
 */
final class HostileFiles {
    /** The committed cases and their README. */
    static final Path DIRECTORY = Cli.TESTDATA.resolve("hostile");
    private static final String NAME = SmallConfig.NAME;
    private static final int MIB = 1024 * 1024;

    /** Makes a runtime case in a directory and returns the path to give the CLI. */
    private interface Maker {
        Path make(Path directory) throws IOException;
    }

    private static final Map<String, Maker> RUNTIME = runtimeCases();

    private final Traps traps;

    HostileFiles(Traps traps) {
        this.traps = traps;
    }

    /** The names of the cases made at run time. */
    static Set<String> runtimeNames() {
        return RUNTIME.keySet();
    }

    /** Makes {@code hostile} in the empty directory {@code directory}; returns the path to give the CLI. */
    Path make(HostileCase hostile, Path directory) {
        try {
            if (!hostile.committed()) {
                return RUNTIME.get(hostile.name()).make(directory);
            }
            byte[] bytes = Files.readAllBytes(DIRECTORY.resolve(hostile.name()));
            bytes = replace(bytes, "@SECRET_URL@", traps.secretUrl());
            bytes = replace(bytes, "@PORT@", String.valueOf(traps.port()));
            return Files.write(directory.resolve(hostile.name()), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] replace(byte[] bytes, String placeholder, String value) {
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        return latin1.contains(placeholder) ? latin1.replace(placeholder, value).getBytes(StandardCharsets.ISO_8859_1)
                : bytes;
    }

    private static Map<String, Maker> runtimeCases() {
        Map<String, Maker> cases = new LinkedHashMap<>();
        cases.put("attribute-64mib", dir -> withLongValue(dir, 64 * MIB));
        cases.put("attribute-5mib", dir -> withLongValue(dir, 5 * MIB));
        cases.put("nesting-100000", dir -> Files.writeString(dir.resolve(NAME),
                "<configuration>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</configuration>\n"));
        cases.put("attributes-100000", dir -> {
            StringBuilder tag = new StringBuilder("<configuration>\n  <agentNotes");
            for (int i = 0; i < 100_000; i++) {
                tag.append(" a").append(i).append("=\"v\"");
            }
            return Files.writeString(dir.resolve(NAME), tag.append(" />\n</configuration>\n"));
        });
        cases.put("appsettings-100000", dir -> SmallConfig.withSettings(dir, 100_000));
        cases.put("comments-4000000", dir -> Files.writeString(dir.resolve(NAME),
                SmallConfig.TEXT.replace("<appSettings>", "<!---->".repeat(4_000_000) + "<appSettings>")));
        cases.put("appsettings-15000", dir -> SmallConfig.withSettings(dir, 15_000));
        cases.put("siblings-on-one-line", dir -> Files.writeString(dir.resolve(NAME), SmallConfig.TEXT
                .replace("<appSettings>", SmallConfig.NOTES_SECTION + "<agentNotes>" + "<a/>".repeat(40_000)
                        + "</agentNotes><appSettings>")));
        cases.put("long-line-1mib", dir -> Files.writeString(dir.resolve(NAME), SmallConfig.TEXT.replace("\n", "")
                .replace("<appSettings>", "<!-- " + "y".repeat(MIB) + " --><appSettings>")));
        cases.put("whitespace-around-root", dir -> Files.writeString(dir.resolve(NAME), "\n".repeat(100_000)
                + SmallConfig.TEXT.substring(SmallConfig.TEXT.indexOf("<configuration>")).strip()
                + " \r\n\t".repeat(100_000)));
        cases.put("directory", dir -> Files.createDirectory(dir.resolve(NAME)));
        cases.put("missing-file", dir -> dir.resolve(NAME));
        cases.put("dangling-symlink", dir -> Files.createSymbolicLink(dir.resolve(NAME), Path.of("missing.config")));
        cases.put("symlink-loop", dir -> {
            Files.createSymbolicLink(dir.resolve("other.config"), Path.of(NAME));
            return Files.createSymbolicLink(dir.resolve(NAME), Path.of("other.config"));
        });
        cases.put("symlink-to-dev-zero", dir -> Files.createSymbolicLink(dir.resolve(NAME), Path.of("/dev/zero")));
        cases.put("fifo", HostileFiles::fifo);
        cases.put("unix-socket", dir -> {
            Path socket = dir.resolve(NAME);
            try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                channel.bind(UnixDomainSocketAddress.of(socket));
            }
            return socket;
        });
        cases.put("read-only-file", dir -> withMode(SmallConfig.write(dir), "r--r--r--"));
        cases.put("read-only-directory", dir -> {
            Path file = SmallConfig.write(Files.createDirectory(dir.resolve("read-only")));
            withMode(file.getParent(), "r-xr-xr-x");
            return file;
        });
        cases.put("unreadable-file", dir -> withMode(SmallConfig.write(dir), "---------"));
        cases.put("write-only-file", dir -> withMode(SmallConfig.write(dir), "-w-------"));
        return cases;
    }

    private static Path withMode(Path path, String mode) throws IOException {
        return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    /** The small config with an attribute value of {@code length} characters, written without holding it in memory. */
    private static Path withLongValue(Path directory, int length) throws IOException {
        Path file = directory.resolve(NAME);
        String[] halves = SmallConfig.TEXT.split("ProvAgentTrace\\.log");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), MIB)) {
            out.write(halves[0].getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(MIB).getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < length; written += MIB) {
                out.write(chunk, 0, Math.min(MIB, length - written));
            }
            out.write(halves[1].getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static Path fifo(Path directory) throws IOException {
        Path fifo = directory.resolve(NAME);
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
            if (mkfifo.waitFor() != 0) {
                throw new IOException("mkfifo failed with exit code " + mkfifo.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return fifo;
    }
}

package io.github.aadcfg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code reg.exe} for {@link Cli#runAsWindows}: a script at {@code SYSTEMROOT/System32/reg.exe} that answers
 * {@code reg.exe query KEY /v NAME /reg:64} as Windows does, from the values it was given: the full key name, then
 * the value's line, CRLF line ends, exit 0; exit 1 and an error message for any other value. It notes each query in
 * {@code SYSTEMROOT/queries}, one per line.
 */
public final class FakeRegExe {
    private final Path systemRoot;
    /** The output for each {@code KEY|NAME}. */
    private final Map<String, String> answers = new LinkedHashMap<>();

    /** A registry without values, under {@code systemRoot}. */
    public FakeRegExe(Path systemRoot) {
        this.systemRoot = systemRoot;
    }

    /** Adds the value {@code name} of {@code type} (e.g. {@code REG_SZ}) under {@code key}, a key under HKLM. */
    public FakeRegExe value(String key, String name, String type, String data) {
        answers.put(key + "|" + name, "\r\n" + key.replaceFirst("^HKLM", "HKEY_LOCAL_MACHINE") + "\r\n    " + name
                + "    " + type + "    " + data + "\r\n\r\n");
        return this;
    }

    /** Writes the script and returns the {@code SystemRoot} to run with. */
    public Path install() {
        try {
            Path directory = Files.createDirectories(systemRoot.resolve("System32"));
            List<String> script = new ArrayList<>(List.of("#!/bin/sh",
                    "printf '%s\\n' \"$*\" >> " + quoted(systemRoot.resolve("queries").toString()),
                    "case \"$2|$4\" in"));
            int n = 0;
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                Path output = Files.writeString(directory.resolve("answer" + n++), answer.getValue());
                script.add("  " + quoted(answer.getKey()) + ") cat " + quoted(output.toString()) + "; exit 0;;");
            }
            script.add("esac");
            script.add("echo 'ERROR: The system was unable to find the specified registry key or value.'");
            script.add("exit 1");
            Path regExe = Files.write(directory.resolve("reg.exe"), script);
            Files.setPosixFilePermissions(regExe, PosixFilePermissions.fromString("rwx------"));
            return systemRoot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The queries the script answered so far, one per run: {@code query KEY /v NAME /reg:64}. */
    public List<String> queries() {
        try {
            Path queries = systemRoot.resolve("queries");
            return Files.exists(queries) ? Files.readAllLines(queries) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}

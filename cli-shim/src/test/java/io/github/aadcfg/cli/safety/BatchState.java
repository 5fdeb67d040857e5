package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.aadcfg.core.ConfigDocument;
import io.github.aadcfg.core.internal.io.Hashes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a {@link CopyBatch} directory holds at one moment, checked against the crash-safety contract: every
 * copy holds its original or its fully patched bytes and parses, every backup holds the original, and
 * nothing but copies, backups and aadcfg's temporary files is there.
 *
 * @param patched    copies holding their patched bytes (when they differ from the original)
 * @param original   copies holding their original bytes
 * @param backups    each copy's backups ({@code <copy>.<sequence>.<kind>.<timestamp>.bak}), sorted by name
 * @param temporary  aadcfg's temporary files ({@code .<name>.aadcfg-<hex>.tmp})
 */
record BatchState(Set<Path> patched, Set<Path> original, Map<Path, List<Path>> backups, Set<Path> temporary) {
    /** What a backup's name adds to its file's name: {@code .<sequence>.<kind>.<timestamp>[-n].bak}. */
    private static final String BACKUP_SUFFIX =
            "\\.\\d{6,}\\.(?:original|edit|pre-restore)\\.\\d{8}T\\d{6}\\.\\d{3}Z(?:-\\d+)?\\.bak";
    private static final Pattern BACKUP = Pattern.compile("(.+?)" + BACKUP_SUFFIX);
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+?)(?:" + BACKUP_SUFFIX + ")?"
            + "\\.aadcfg-[0-9a-f]{16}\\.tmp");

    /**
     * Reads the batch directory and checks it.
     *
     * @param parsed hashes of contents already shown to parse (grows); a content is parsed once
     * @throws AssertionError when a copy holds other bytes, a backup differs from its original, a file
     *                        does not parse, or an unknown file (a lock file, a partial backup) exists
     */
    static BatchState inspect(CopyBatch batch, Set<String> parsed) {
        Set<Path> patched = new LinkedHashSet<>();
        Set<Path> original = new LinkedHashSet<>();
        Map<Path, List<Path>> backups = new TreeMap<>();
        Set<Path> temporary = new LinkedHashSet<>();
        Set<Path> copies = new HashSet<>(batch.files());
        for (Path entry : list(batch.directory())) {
            String name = entry.getFileName().toString();
            Matcher backup = BACKUP.matcher(name);
            Matcher temp = TEMPORARY.matcher(name);
            if (copies.contains(entry)) {
                byte[] bytes = read(entry);
                requireParses(entry, bytes, parsed);
                if (Arrays.equals(bytes, batch.original(entry))) {
                    original.add(entry);
                } else {
                    assertThat(bytes).as("%s holds neither its original nor its patched bytes", entry)
                            .isEqualTo(batch.patched(entry));
                    patched.add(entry);
                }
            } else if (backup.matches() && copies.contains(entry.resolveSibling(backup.group(1)))) {
                Path of = entry.resolveSibling(backup.group(1));
                assertThat(read(entry)).as("backup %s must hold the original bytes", entry).isEqualTo(batch.original(of));
                backups.computeIfAbsent(of, k -> new ArrayList<>()).add(entry);
            } else if (temp.matches() && copies.contains(entry.resolveSibling(temp.group(1)))) {
                temporary.add(entry);
            } else {
                throw new AssertionError("unexpected file in the batch directory (a lock file, a partial backup?): "
                        + entry);
            }
        }
        assertThat(patched.size() + original.size()).as("copies present").isEqualTo(copies.size());
        for (Path file : patched) {
            assertThat(backups.get(file)).as("backups of patched %s", file).isNotEmpty();
        }
        return new BatchState(patched, original, backups, temporary);
    }

    /** The backups of {@code file} (empty when none). */
    List<Path> backupsOf(Path file) {
        return backups.getOrDefault(file, List.of());
    }

    private static void requireParses(Path file, byte[] bytes, Set<String> parsed) {
        if (parsed.add(Hashes.sha256(bytes))) {
            ConfigDocument.parse(file, bytes).requireDotNetConfig();
        }
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

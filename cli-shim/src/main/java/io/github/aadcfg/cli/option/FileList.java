package io.github.aadcfg.cli.option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * A {@code --files-from} list: UTF-8, one path per line; blank lines and lines starting with {@code #} are
 * skipped, surrounding white space is ignored; {@code -} reads standard input.
 */
final class FileList {
    private FileList() {
    }

    /**
     * The paths listed.
     *
     * @throws InputUnavailableException when the list cannot be read
     * @throws InvalidValueException     when a line is not a valid path
     */
    static List<Path> read(String list) {
        Path source = Path.of(list);
        try (BufferedReader reader = list.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            List<Path> paths = new ArrayList<>();
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String entry = (number == 1 ? line.replace("\uFEFF", "") : line).strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    paths.add(path(source, number, entry));
                }
            }
            return paths;
        } catch (NoSuchFileException e) {
            throw new AadcfgException(Category.INPUT_UNAVAILABLE, "not-found", source, "no such file list; check the --files-from path", e);
        } catch (IOException e) {
            throw new AadcfgException(Category.INPUT_UNAVAILABLE, "unreadable", source, "cannot read the file list: " + e.getMessage(), e);
        }
    }

    private static Path path(Path source, int line, String entry) {
        try {
            return Path.of(entry);
        } catch (InvalidPathException e) {
            throw new AadcfgException(Category.INVALID_VALUE, "invalid-path", source, line, 0, "not a valid path: " + e.getReason(), e);
        }
    }
}
